
int main(void) {
    static char a[1024], b[1024];
    if (scanf("%1000s %1000s", a, b) != 2) return 0;
    printf("%d\n", editDistance(a, b));
    return 0;
}
