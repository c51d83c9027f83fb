"""One show_doc per cell, and an API entry for every public method of the estimators and encoders.

nbdev renders only the last expression of a cell, so a cell holding several `show_doc` calls shows one entry. This
check reads every notebook under nbs/ as nbdev's docs build does (with nbdev's own `add_show_docs`, which adds an entry
after each exported definition) and fails when
- a cell holds more than one `show_doc` call,
- a page shows the same name twice (an explicit `show_doc` beside the one nbdev adds for a `@patch`ed method),
- a public method of a class in CLASSES has no `show_doc` entry: `Class.method` by name, or the very function under
  another name (a function attached to a class, such as `CLIPEncoder.encode_texts = encode_texts`).
`python .ci/show_docs.py` prints what it found and exits 1 on any of these."""
import ast, importlib, inspect, sys
from collections import Counter
from pathlib import Path

root = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root))
from nbdev.process import NBProcessor
from nbdev.processors import add_show_docs

# the classes users call methods on: the estimators with their base, the encoders and the cache
CLASSES = {"tac_nb.base": ["ClusterEstimator"], "tac_nb.tac": ["TAC"], "tac_nb.sic": ["SIC"], "tac_nb.dxmc": ["DXMC"],
           "tac_nb.embeddings": ["CLIPEncoder"], "tac_nb.vocabulary": ["NounBank"], "tac_nb.cache": ["ImageCache"]}

def show_doc_args(src):
    "The first argument of each `show_doc(...)` call in `src`, as written"
    try: tree = ast.parse("\n".join(l for l in src.splitlines() if not l.lstrip().startswith(("%", "!"))))
    except SyntaxError: return []
    return [ast.unparse(n.args[0]) for n in ast.walk(tree)
            if isinstance(n, ast.Call) and getattr(n.func, "id", None) == "show_doc" and n.args]

def hidden(cell): return any(l.strip() in ("#| hide", "#|hide") for l in cell.source.splitlines())

problems, shown = [], {}                      # shown: name → notebooks whose pages show it
nbs = sorted(p for p in (root / "nbs").rglob("*.ipynb") if not any(q.startswith((".", "_")) for q in p.relative_to(root / "nbs").parts))
for p in nbs:
    rel = p.relative_to(root)
    proc = NBProcessor(p, [add_show_docs]); proc.process()    # what the docs build sees, before it executes anything
    names = []
    for cell in proc.nb.cells:
        if cell.cell_type != "code": continue
        args = show_doc_args(cell.source)
        if len(args) > 1 and not getattr(cell, "has_sd", False):
            problems.append(f"{rel}: one cell holds {len(args)} show_doc calls ({', '.join(args)}): only the last renders")
        if not hidden(cell): names += args
    for name, n in Counter(names).items():
        if n > 1: problems.append(f"{rel}: {name} is shown {n} times (an explicit show_doc beside the one nbdev adds for an exported definition?)")
        shown.setdefault(name, []).append(str(rel))

def unwrap(o):
    "The function behind a method, classmethod (fastcore's `patch(cls_method=True)` too) or property"
    for a in ("__func__", "f", "fget"):
        if callable(getattr(o, a, None)): return getattr(o, a)
    return o

def resolve(name):
    "The object a shown name stands for, looked up in tac_nb's modules"
    head, *rest = name.split(".")
    for mod in ["tac_nb", *sorted(f"tac_nb.{m.stem}" for m in (root / "tac_nb").glob("*.py") if not m.stem.startswith("_"))]:
        obj = getattr(importlib.import_module(mod), head, None)
        if obj is None: continue
        try:
            for r in rest: obj = inspect.getattr_static(obj, r)
        except AttributeError: continue
        return unwrap(obj)
import tac_nb.vocabulary, tac_nb.cache            # these attach methods to CLIPEncoder
shown_objs = {id(o) for o in map(resolve, shown) if o is not None}

missing, n_methods = [], 0
for mod, classes in CLASSES.items():
    for cname in classes:
        cls = getattr(importlib.import_module(mod), cname)
        for meth in sorted(dir(cls)):
            if meth.startswith("_"): continue
            owner = next(k for k in cls.__mro__ if meth in vars(k))
            if not owner.__module__.startswith("tac_nb"): continue            # scikit-learn's get_params and the like
            raw = vars(owner)[meth]
            fn = unwrap(raw)
            if not (inspect.isfunction(fn) or isinstance(raw, property)): continue   # data: presets, timeout
            n_methods += 1
            if f"{cname}.{meth}" in shown or id(fn) in shown_objs and owner is cls: continue
            missing.append(f"{cname}.{meth}")
if missing: problems.append(f"public methods without a show_doc entry: {', '.join(missing)}")

n_cells = sum(len(v) for v in shown.values())
for line in problems: print(line)
print(f"show_doc: {n_cells} entries on {len(nbs)} pages, {n_methods - len(missing)} of {n_methods} public methods of "
      f"{', '.join(c for cs in CLASSES.values() for c in cs)} documented, {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
