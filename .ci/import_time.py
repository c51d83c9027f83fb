"""`import tac_nb` costs little more than importing what it needs: at most 1.25 × the time of its necessary dependencies.

Each is timed in a fresh interpreter, interleaved (dependencies, then tac_nb, five times), and the minimum of each is
compared, so a busy machine slows both columns alike. open_clip and torchvision must not load at import: they load
when an encoder is built. `python .ci/import_time.py` prints both times and the ratio, and exits 1 above the bound."""
import subprocess, sys, time
from pathlib import Path

BOUND, REPEATS = 1.25, 5
DEPS = "import numpy, scipy, pandas, sklearn, torch, faiss, PIL.Image, tqdm"   # what `import tac_nb` loads of them
root = str(Path(__file__).resolve().parent.parent)

def seconds(code: str) -> float:
    start = time.perf_counter(); subprocess.run([sys.executable, "-c", code], check=True, cwd=root)
    return time.perf_counter() - start

deps, ours = [], []
for _ in range(REPEATS): deps.append(seconds(DEPS)); ours.append(seconds("import tac_nb"))
loaded = subprocess.run([sys.executable, "-c", "import sys, tac_nb; print(*(m for m in ('open_clip', 'torchvision') if m in sys.modules))"],
                        capture_output=True, text=True, check=True, cwd=root).stdout.split()
ratio = min(ours) / min(deps)
print(f"import tac_nb {min(ours):.2f} s (spread {max(ours) - min(ours):.2f}), its dependencies {min(deps):.2f} s "
      f"(spread {max(deps) - min(deps):.2f}): ratio {ratio:.2f}, bound {BOUND}" + (f"; loaded at import: {', '.join(loaded)}" if loaded else ""))
sys.exit(1 if ratio > BOUND or loaded else 0)
