import json, re, sys
from decimal import Decimal

def read(p):
    with open(p, encoding="utf-8", newline="") as f:
        return f.read()

MULT = [("万亿", Decimal("1e12")), ("亿", Decimal("1e8")), ("万", Decimal("1e4")), ("千", Decimal("1e3")), ("百", Decimal("1e2"))]

def plain(d):
    s = format(d.normalize(), "f")
    return s

class B:
    def __init__(self, doc, prefix, out):
        self.path = doc
        self.text = read(doc)
        self.doc = doc.split("/")[-1]
        self.prefix = prefix
        self.out = out
        self.cur = 0
        self.facts = []
        self.ctx = {}

    def seek(self, compact):
        s, e = self.find(compact)
        self.cur = e
        return self

    def find(self, compact, frm=None):
        frm = self.cur if frm is None else frm
        chars = [c for c in compact if not c.isspace()]
        pat = r"\s*".join(re.escape(c) for c in chars)
        if chars[0].isdigit() or chars[0] == "-":
            pat = r"(?<![\d.])" + pat
        if chars[-1].isdigit():
            pat = pat + r"(?![\d.])"
        m = re.compile(pat).search(self.text, frm)
        if not m:
            raise SystemExit(f"NOT FOUND after {frm}: {compact!r}")
        return m.start(), m.end()

    def span(self, compact, frm=None):
        s, e = self.find(compact, frm)
        return {"quote": self.text[s:e], "start": s, "end": e}

    def set(self, **kw):
        self.ctx.update(kw)

    def add(self, value=None, norm=None, unit=None, approx=None,
            change=None, basis="yoy", pct=None, pts=None, amt=None, direction=None,
            share=None, share_pct=None, share_of=None, share_change=None,
            indicator=None, terms=None, not_terms=None, tier="core", optional=False,
            subject=None, period=None, source="ctx", note=None, frm=None):
        ctx = self.ctx
        v = c = s = None
        anchor_end = None
        if value is not None:
            v = self.span(value, frm)
            if norm is None:
                raise SystemExit("norm required for " + value)
            v.update({"normalized": norm, "base_unit": unit, "approx": approx})
        if change is not None:
            c = self.span(change, frm)
            vals = [x for x in (pct, pts, amt) if x is not None]
            if direction is None:
                x = Decimal(vals[0])
                direction = "down" if x < 0 else ("up" if x > 0 else "flat")
            c.update({"basis": basis, "direction": direction, "percent": pct, "points": pts, "amount": amt})
        if share is not None:
            s = self.span(share, frm)
            s.update({"percent": share_pct, "of": share_of})
        anchor = "value" if v else ("change" if c else "share")
        a = {"value": v, "change": c, "share": s}[anchor]
        n = len(self.facts) + 1
        f = {"doc": self.doc, "id": f"{self.prefix}-{n:03d}", "tier": tier, "optional": optional,
             "anchor": anchor, "value": v, "change": c, "share": s, "share_change": share_change,
             "indicator": indicator, "terms": terms, "not_terms": not_terms or [],
             "subject": subject or ctx["subject"],
             "period": period if period is not None else ctx.get("period"),
             "source": ctx.get("source") if source == "ctx" else source}
        if period == "null":
            f["period"] = None
        if note:
            f["note"] = note
        self.facts.append(f)
        self.cur = a["end"]
        return f

    def write(self):
        # sort by anchor start
        def ast(f):
            return f[f["anchor"]]["start"]
        self.facts.sort(key=ast)
        for i, f in enumerate(self.facts, 1):
            f["id"] = f"{self.prefix}-{i:03d}"
        with open(self.out, "w", encoding="utf-8") as fo:
            for f in self.facts:
                fo.write(json.dumps(f, ensure_ascii=False) + "\n")
        print(len(self.facts), "facts written to", self.out)

def Y(y):
    return {"start": f"{y}-01", "end": f"{y}-12"}

def YY(a, b):
    return {"start": f"{a}-01", "end": f"{b}-12"}
