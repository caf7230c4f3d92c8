"""Stand-ins for the modules GovSim imports that Debian 12 does not package (see govsim_peer.py).

Each is the smallest thing the study's fishing run touches, written for this harness; none is a
copy of the real library. install() puts them in sys.modules before the study is imported.
"""
import hashlib
import json
import random
import sys
import time
import types
import urllib.error
import urllib.request

import numpy as np

#: One entry per chat call the study made: (month, prompt_tokens, completion_tokens, seconds, step).
CALLS = []
#: The step of the study's cognition the calls now belong to: the name of the last chain its
#: logger opened ("phase::query", e.g. "fishing_cognition_act::choose_act_options").
STEP = ["none"]
#: Returns the month (0-based) a call belongs to; the harness points it at the environment.
current_month = lambda: 0  # noqa: E731


def module(name, **attributes):
    made = types.ModuleType(name)
    made.__dict__.update(attributes)
    sys.modules[name] = made
    parent, _, child = name.rpartition(".")
    if parent and parent in sys.modules:
        setattr(sys.modules[parent], child, made)
    return made


def unavailable(what):
    """A class standing for a local-model feature of the library: using it is an error."""

    class Unavailable:
        def __init__(self, *args, **kwargs):
            raise RuntimeError(what + " is not available in this harness: only the API backend runs here")

        @classmethod
        def from_pretrained(cls, *args, **kwargs):
            cls()

    Unavailable.__name__ = what.rsplit(".", 1)[-1]
    return Unavailable


# --- openai: the OpenAI client's chat.completions.create, over urllib ------------------------

class RateLimitError(Exception):
    pass


class _Completions:
    def __init__(self, base_url, api_key):
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key

    def create(self, model, messages, temperature=None, top_p=None, seed=None, max_tokens=None, **ignored):
        body = {"model": model, "messages": messages, "temperature": temperature, "top_p": top_p,
                "seed": seed, "max_tokens": max_tokens}
        request = urllib.request.Request(self.base_url + "/chat/completions", data=json.dumps(body).encode("utf-8"),
                                         headers={"Content-Type": "application/json",
                                                  "Authorization": "Bearer " + self.api_key})
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                reply = json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as e:
            if e.code == 429:
                raise RateLimitError(str(e)) from e
            raise
        # The OpenAI client's completion always has system_fingerprint (pathfinder logs it); a
        # local server may leave it out.
        reply.setdefault("system_fingerprint", None)
        usage = reply.get("usage", {})
        CALLS.append((current_month(), usage.get("prompt_tokens", 0), usage.get("completion_tokens", 0),
                      time.perf_counter() - started, STEP[0]))
        return _namespace(reply)


def _namespace(value):
    if isinstance(value, dict):
        return types.SimpleNamespace(**{k: _namespace(v) for k, v in value.items()})
    if isinstance(value, list):
        return [_namespace(v) for v in value]
    return value


class OpenAI:
    def __init__(self, base_url=None, api_key=None, **ignored):
        import os
        base_url = base_url or os.environ["OPENAI_BASE_URL"]
        api_key = api_key or os.environ.get("OPENAI_API_KEY", "none")
        self.chat = types.SimpleNamespace(completions=_Completions(base_url, api_key))


# --- wandb: a logger that keeps nothing -------------------------------------------------------

class _Span:
    def __init__(self, start_time_ms=None, end_time_ms=None, status_code=None, status_message=None):
        self.start_time_ms = start_time_ms
        self.end_time_ms = end_time_ms
        self.status_code = status_code
        self.status_message = status_message

    def add_named_result(self, inputs, outputs):
        pass


class Trace:
    def __init__(self, name, kind=None, status_code=None, status_message=None, metadata=None,
                 start_time_ms=None, end_time_ms=None, inputs=None, outputs=None):
        self.name = name
        if kind == "CHAIN":
            STEP[0] = name
        self._span = _Span(start_time_ms, end_time_ms, status_code, status_message)
        self._model_dict = None

    def add_child(self, child):
        pass


class _Run:
    name = "peer"
    id = "local"

    def log_artifact(self, artifact):
        pass


def _init(**ignored):
    sys.modules["wandb"].run = _Run()
    return sys.modules["wandb"].run


# --- pettingzoo.utils.agent_selector: cycles through the agents in order, as pettingzoo 1.24 does

class agent_selector:  # noqa: N801 (the library's name)
    def __init__(self, agent_order):
        self.reinit(agent_order)

    def reinit(self, agent_order):
        self.agent_order = agent_order
        self._current_agent = 0
        self.selected_agent = 0

    def reset(self):
        self.reinit(self.agent_order)
        return self.next()

    def next(self):
        self._current_agent = (self._current_agent + 1) % len(self.agent_order)
        self.selected_agent = self.agent_order[self._current_agent - 1]
        return self.selected_agent

    def is_last(self):
        return self.selected_agent == self.agent_order[-1]

    def is_first(self):
        return self.selected_agent == self.agent_order[0]


# --- sentence_transformers: NOT the study's mxbai-embed-large-v1 ------------------------------

class HashedWords:
    """Stands in for SentenceTransformer: a 256-dimensional bag of lower-cased words, each hashed
    (MD5) to a dimension and a sign, L2-normalised. Deterministic and offline; it ranks memories by
    shared words, not by meaning, so retrieval differs from the study's."""

    DIMENSIONS = 256

    def __init__(self, name=None, device=None, **ignored):
        self.name = name

    def encode(self, text, convert_to_numpy=True, show_progress_bar=False, **ignored):
        vector = np.zeros(self.DIMENSIONS, dtype=np.float32)
        for word in "".join(c.lower() if c.isalnum() else " " for c in text).split():
            digest = hashlib.md5(word.encode("utf-8")).digest()
            vector[digest[0] % self.DIMENSIONS] += 1.0 if digest[1] % 2 == 0 else -1.0
        norm = float(np.linalg.norm(vector))
        return vector / norm if norm > 0 else vector


# --- transformers: set_seed, and names that only the local-model backends use ----------------

def set_seed(seed):
    random.seed(seed)
    np.random.seed(seed)
    import torch
    torch.manual_seed(seed)


TRANSFORMERS_NAMES = ("AutoConfig", "AutoModelForCausalLM", "AutoTokenizer", "GenerationConfig", "LogitsProcessor",
                      "LogitsProcessorList", "MaxLengthCriteria", "PreTrainedModel", "PreTrainedTokenizer",
                      "StoppingCriteria", "StoppingCriteriaList")


def install():
    module("openai", OpenAI=OpenAI, RateLimitError=RateLimitError)
    module("wandb", init=_init, log=lambda *a, **k: None, Artifact=lambda *a, **k: types.SimpleNamespace(
        add_dir=lambda *x: None, add_file=lambda *x: None), run=None)
    module("wandb.sdk")
    module("wandb.sdk.data_types")
    module("wandb.sdk.data_types.trace_tree", Trace=Trace, WBTraceTree=lambda span, model_dict: None,
           SpanKind=types.SimpleNamespace(AGENT="AGENT", CHAIN="CHAIN", LLM="LLM", TOOL="TOOL"))
    module("pettingzoo")
    module("pettingzoo.utils", agent_selector=agent_selector)
    module("sentence_transformers", SentenceTransformer=HashedWords)
    transformers = module("transformers", set_seed=set_seed,
                          pipeline=unavailable("transformers.pipeline"))
    for name in TRANSFORMERS_NAMES:
        setattr(transformers, name, unavailable("transformers." + name))
