"""Every link to a page of the docs site resolves: README.md's and the notebooks'.

Runs nbdev's docs processing (`nbdev_proc_nbs`, which writes nbs/ as the site's sources into _proc/ and turns
backticked names into links), then takes the pages the site has — each notebook, .qmd or .md page under _proc/, named
by nbdev's rule (`00_core.ipynb` → `core.html`) — and checks each link that README.md and the processed notebooks'
markdown (cells and rendered `show_doc` entries) make to the site: absolute links under the site's address, and
relative links to notebooks, pages and pictures. `python .ci/doc_links.py` prints each dead link and exits 1 if there
is one; `--no-proc` checks an existing _proc/."""
import configparser, json, re, sys, warnings
from pathlib import Path
from urllib.parse import urlsplit

root = Path(__file__).resolve().parent.parent
# nbdev warns about each cell that mixes imports and code (it runs them to render the docs): noise here, in each worker
warnings.filterwarnings("ignore", message="Found cells containing imports")
cfg = configparser.ConfigParser(); cfg.read(root / "settings.ini"); cfg = cfg["DEFAULT"]
site = f"{cfg['doc_host']}{cfg['doc_baseurl']}".rstrip("/") + "/"
proc = root / "_proc"

def page(rel: Path) -> str:
    "The site page nbdev writes for a source file (a path under _proc/)"
    return (rel.parent / (re.sub(r"^\d+[a-zA-Z0-9]*_", "", rel.stem) + ".html")).as_posix()

links = re.compile(r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)|href=[\"']([^\"']+)[\"']")

def check(target: str, base: Path, where: str, dead: list, pages: set):
    "`target`, linked from a file in folder `base` (relative to _proc/): is it a page or file the site has?"
    url = urlsplit(target)
    if target.startswith(site): rel, kind = target[len(site):], "page"
    elif url.scheme or url.netloc or target.startswith(("#", "mailto:")): return 0      # elsewhere, or on this page
    else: rel, kind = (base / url.path).as_posix(), "file"
    rel = urlsplit(rel).path or "index.html"
    rel = re.sub(r"(^|/)\./", r"\1", rel)
    while "/../" in f"/{rel}": rel = re.sub(r"(^|/)[^/]+/\.\./", r"\1", rel, count=1)
    if rel.endswith("/"): rel += "index.html"
    if rel.endswith(".html"): ok = rel in pages
    elif kind == "file": ok = (proc / rel).exists()                        # a notebook, a picture: Quarto links its page
    else: ok = False
    if not ok: dead.append(f"{where}: {target}")
    return 1

def main():
    if "--no-proc" not in sys.argv:
        import nbdev.quarto
        nbdev.quarto._ensure_quarto = lambda: None    # processing needs no Quarto; nbdev would try to install it
        nbdev.quarto.nbdev_proc_nbs.__wrapped__()
    sources = [p for p in proc.rglob("*") if p.suffix in (".ipynb", ".qmd", ".md") and p.is_file()
               and not any(q.startswith((".", "_")) for q in p.relative_to(proc).parts)]
    pages = {page(p.relative_to(proc)) for p in sources} | {"index.html"}
    dead, n = [], 0
    for m in links.finditer((root / "README.md").read_text(encoding="utf-8")):
        t = m[1] or m[2]
        if t.startswith(site): n += check(t, Path("."), "README.md", dead, pages)
    for p in sorted(sources):
        rel = p.relative_to(proc)
        if p.suffix == ".ipynb":
            cells = json.loads(p.read_text(encoding="utf-8"))["cells"]
            texts = ["".join(c["source"]) for c in cells if c["cell_type"] == "markdown"]
            texts += ["".join(o.get("data", {}).get("text/markdown", "")) for c in cells for o in c.get("outputs", [])]
        else: texts = [p.read_text(encoding="utf-8")]
        for text in texts:
            text = re.sub(r"```.*?```", "", text, flags=re.S)          # code blocks hold no links
            for m in links.finditer(text): n += check(m[1] or m[2], rel.parent, f"nbs/{rel}", dead, pages)
    no_line = []      # nbdev finds a source line only for names defined in the notebook itself: an inherited or
    for p in sorted(sources):   # imported method's `source` link ends in "#LNone" (the right file, no line): reported
        if p.suffix != ".ipynb": continue
        for c in json.loads(p.read_text(encoding="utf-8"))["cells"]:
            for o in c.get("outputs", []):
                m = re.search(r"\[source\]\([^)]*#LNone\).*?### ([^\n]+)", "".join(o.get("data", {}).get("text/markdown", "")), re.S)
                if m: no_line.append(f"{p.relative_to(proc).as_posix()}: {m[1].strip()}")
    if no_line: print(f"source links without a line number ({len(no_line)}): {', '.join(no_line)}")
    for d in dead: print("dead link:", d)
    print(f"doc links: {n} links to {len(pages)} site pages checked (README.md and {len(sources)} pages), {len(dead)} dead")
    sys.exit(1 if dead else 0)

if __name__ == "__main__": main()   # nbdev processes notebooks in worker processes that import this file
