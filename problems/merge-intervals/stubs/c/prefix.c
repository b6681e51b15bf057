#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A closed time interval [start, end]. */
typedef struct {
    int start;
    int end;
} Interval;

