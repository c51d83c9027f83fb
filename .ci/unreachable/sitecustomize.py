"""Python runs this at start-up when its folder is on PYTHONPATH: WordNet's files and nltk become unreachable, as on a
machine that has neither. .ci/run uses it to prove that the installed package needs neither.

Any attempt to open or list a path with "wordnet" or "nltk_data" in a name fails with PermissionError, except the
package's own noun bank and licence (`tac_nb/data/`); `import nltk` fails as if nltk were not installed. Each blocked
attempt is also appended to the file named by $TAC_NB_BLOCKED_LOG, so that an attempt which the caller catches still
shows: .ci/run fails the step when that file is not empty."""
import os, sys

sys.modules["nltk"] = None                 # `import nltk` now raises ImportError
_OWN = (os.path.join("tac_nb", "data", "wordnet_nouns.csv.gz"), os.path.join("tac_nb", "data", "WORDNET_LICENSE"))

def _blocked(path) -> bool:
    try: p = os.fsdecode(path)
    except TypeError: return False         # a file descriptor, not a path
    p = os.path.abspath(p)
    if p.endswith(_OWN): return False
    return any(w in part.lower() for part in p.split(os.sep) for w in ("wordnet", "nltk_data"))

def _hook(event, args):
    if event in ("open", "os.listdir", "os.scandir") and args and _blocked(args[0]):
        log = os.environ.get("TAC_NB_BLOCKED_LOG")
        if log:
            with open(log, "a") as f: f.write(f"{os.getpid()} {event} {os.fsdecode(args[0])}\n")   # the log's own path is allowed
        raise PermissionError(f"unreachable in this run: {os.fsdecode(args[0])}")

sys.addaudithook(_hook)
