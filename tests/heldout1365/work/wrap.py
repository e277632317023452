import sys
def wrap(src, out, width=30, pagefmt="— {} —"):
    lines = []
    for raw in open(src, encoding="utf-8").read().split("\n"):
        if not raw:
            continue
        if raw.startswith("@@"):
            tag, _, rest = raw.partition(" ")
            if tag == "@@PAGE":
                lines.append(" " * 30 + pagefmt.format(rest))
                lines.append("\f")
            elif tag == "@@BLANK":
                lines.append("")
            elif tag in ("@@TITLE", "@@SIGN"):
                lines.append("      " + rest)
            else:
                lines.append(rest)
            continue
        p = "　　" + raw
        # wrap by display width (CJK=2, ascii=1)
        cur, w = "", 0
        for ch in p:
            cw = 1 if ord(ch) < 128 else 2
            if w + cw > width * 2:
                lines.append(cur)
                cur, w = "", 0
            cur += ch
            w += cw
        if cur:
            lines.append(cur)
    txt = "\n\n".join(lines).replace("\n\n\f\n\n", "\n\f")
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(txt + "\n")
if __name__ == "__main__":
    wrap(sys.argv[1], sys.argv[2])
