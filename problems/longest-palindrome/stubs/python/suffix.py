

# ---- input/output (not part of your solution) ----
def main() -> None:
    s = sys.stdin.read().split()[0]
    p = longest_palindrome(s)
    print(len(p))
    print(p)


main()
