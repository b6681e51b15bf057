// Wrong: counts the places where the value changes (one too few) but lists the values correctly.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<int> a(n);
    for (auto& x : a) scanf("%d", &x);
    int changes = 0;
    for (int i = 1; i < n; i++)
        if (a[i] != a[i - 1]) changes++;
    printf("%d\n", changes);
    printf("%d", a[0]);
    for (int i = 1; i < n; i++)
        if (a[i] != a[i - 1]) printf(" %d", a[i]);
    printf("\n");
}
