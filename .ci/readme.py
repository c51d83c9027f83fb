"""Write README.md from nbs/index.ipynb (quarto, which nbdev_readme needs, is not available everywhere).
`python .ci/readme.py` writes it; `python .ci/readme.py --check` exits 1 when README.md is out of date."""
import configparser, json, re, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
cfg = configparser.ConfigParser(); cfg.read(root / "settings.ini")
user, repo, branch = cfg["DEFAULT"]["user"], cfg["DEFAULT"]["repo"], cfg["DEFAULT"].get("branch", "main")
# pictures by absolute URL, so they show on PyPI and in any copy of the README, not only on GitHub
raw = f"https://raw.githubusercontent.com/{user}/{repo}/{branch}/nbs"
nb = json.loads((root / "nbs" / "index.ipynb").read_text(encoding="utf-8"))
parts = []
for cell in nb["cells"]:
    src = "".join(cell["source"]).strip()
    if not src: continue
    if cell["cell_type"] == "markdown":
        # links between notebooks point at the docs site's pages in the README
        # nbdev names a page after its notebook without the number (00_core.ipynb → core.html)
        page = lambda m: "/".join(m[1].split("/")[:-1] + [re.sub(r"^\d+[a-zA-Z0-9]*_", "", m[1].split("/")[-1])])
        src = re.sub(r"\]\((?!https?:)([\w/.-]+)\.ipynb\)", lambda m: f"](https://tac-nb.github.io/tac_nb/{page(m)}.html)", src)
        src = re.sub(r"\]\((images/[\w/.-]+)\)", rf"]({raw}/\1)", src)   # pictures live beside the notebooks
        parts.append(src)
    elif cell["cell_type"] == "code":
        lines = src.splitlines()
        if any(l.strip() in ("#| hide", "#|hide") for l in lines): continue
        if any(l.strip().startswith(("assert", "test_")) for l in lines) and all(
                l.strip().startswith(("assert", "test_", "#")) or not l.strip() for l in lines): continue  # test-only cells
        code = "\n".join(l for l in lines if not l.startswith("#|"))
        parts.append(f"```python\n{code}\n```")
        shown = []                                   # what the cell printed or returned, as plain text
        for o in cell.get("outputs", []):
            if o.get("output_type") == "stream" and o.get("name") == "stdout": shown.append("".join(o["text"]))
            elif "text/plain" in o.get("data", {}): shown.append("".join(o["data"]["text/plain"]))
        if shown: parts.append("```\n" + "\n".join(t.rstrip("\n") for t in shown) + "\n```")
readme = "\n\n".join(parts) + "\n"
readme = readme.replace("> Cluster images", "Cluster images", 1)
out = root / "README.md"
if "--check" in sys.argv:
    ok = out.exists() and out.read_text(encoding="utf-8") == readme
    print("README.md is in sync with nbs/index.ipynb" if ok else "README.md is out of date: run `python .ci/readme.py`")
    sys.exit(0 if ok else 1)
out.write_text(readme, encoding="utf-8")
