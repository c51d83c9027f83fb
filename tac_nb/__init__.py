__version__ = "0.1.0"
"tac_nb: image clustering with external (textual) guidance — TAC, SIC and DXMC on CLIP embeddings."

# The public API: `from tac_nb import TAC`. Each name also stays importable from the module that defines it.
from .core import kmeans
from .synthetic import make_world, make_family_world, WORLD_FAMILIES, TUNING_FAMILIES, HELD_OUT_FAMILIES
from .embeddings import CLIPEncoder
from .vocabulary import wordnet_nouns     # importing it also gives CLIPEncoder.encode_nouns
from .cache import encode_images         # and CLIPEncoder.encode_images
from .nouns import estimate_k, select_nouns
from .retrieval import text_counterparts
from .tac import TAC
from .sic import SIC
from .dxmc import DXMC
from .metrics import cluster_metrics

__all__ = ["TAC", "SIC", "DXMC", "CLIPEncoder", "cluster_metrics", "wordnet_nouns", "make_world", "estimate_k",
           "select_nouns", "text_counterparts", "kmeans", "make_family_world", "WORLD_FAMILIES", "TUNING_FAMILIES",
           "HELD_OUT_FAMILIES"]
