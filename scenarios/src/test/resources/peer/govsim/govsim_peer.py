#!/usr/bin/env python3
"""Runs the GovSim study's own fishing simulation (persona_v3 agents) against an OpenAI-compatible
server, and prints what happened month by month.

The study's code (github.com/giorgiopiatti/GovSim at 1d11adf, with its pathfinder submodule,
github.com/giorgiopiatti/PathFinder at 69b8d64) is not part of Agora and is not copied here:
--govsim names a checkout of it (pathfinder checked out in its pathfinder/ folder), which this
script imports unchanged. It does what the study's entry point simulation/main.py does for one
fishing run with an API model (the configuration composed as Hydra would, the model wrappers, the
embedding model, simulation/scenarios/fishing/run.py's run()), without Hydra's command line.

Configuration: simulation/conf/config.yaml, then the experiment (fish_baseline_concurrent,
fish_perturbation_no_language or fish_baseline_concurrent_universalization, each with the
defaults its file lists: the baseline_fisherman
persona five times, then the experiment's own keys), composed with omegaconf as Hydra composes
them. Changed from the published values: llm.path is "gpt-peer" and llm.is_api true (pathfinder
then builds its OpenAIAPI backend, the study's path for GPT models), experiment.env.max_num_rounds
is --months, debug is true (wandb off), seed is --seed.

The published code does not run on this machine as committed; these run-time patches and
stand-ins, and nothing else, make it run (no file of the study is edited):
  1. Modules Debian 12 does not package get stand-ins (stand_ins.py, written for this harness):
     - openai: OpenAI(...).chat.completions.create over urllib (POST {base}/chat/completions,
       the same JSON), base URL from OPENAI_BASE_URL; it also counts each call's tokens (the
       server's usage field) and time for this script's report. RateLimitError for pathfinder's
       backoff.
     - wandb: init/log/Artifact and sdk.data_types.trace_tree (Trace, WBTraceTree, SpanKind) that
       keep nothing (the study runs with debug=true, i.e. wandb disabled, the same way).
     - pettingzoo.utils.agent_selector: cycles through the agents in order, as pettingzoo 1.24 does.
     - transformers: set_seed (seeds random, numpy and torch, as transformers' does) and the
       class names pathfinder imports for its local-model backends, which fail if used.
     - sentence_transformers.SentenceTransformer: NOT the study's embedding model
       (mixedbread-ai/mxbai-embed-large-v1, 1024 dimensions, which cannot be downloaded here) but a
       256-dimensional hashed bag of words. Retrieval still ranks by recency, importance and
       relevance, but relevance counts shared words instead of meaning, so which memories reach a
       prompt can differ from the study's runs.
     Hydra is not used: its composition of these files is done with omegaconf (above).
  2. ConcurrentEnv.reset and PerturbationEnv.reset seed the environment's allocation generator
     with None (fresh entropy on every run); after reset this script replaces it with
     numpy.random.RandomState(--seed), so the random allocation when requests exceed the pool is
     the same on every run.
  3. Each call is counted against the month the environment is in (env.num_round at the call),
     read through a reference to the environment that the patched reset keeps, and against the
     step of the study's cognition it serves (the name of the last chain the study's logger
     opened, seen by the wandb stand-in's Trace).
Debian's python3-numpy, python3-pandas, python3-torch, python3-omegaconf, python3-backoff,
python3-regex, python3-pygtrie and python3-jinja2 provide the rest.

Output on stdout, one JSON object a line:
  {"month": m, "pool": before, "after": after, "catch": {name: caught}, "wanted": {name: asked},
   "collapsed": bool, "calls": n, "prompt_tokens": p, "completion_tokens": c}
  {"run": variant, "months": survived, "collapsed": bool, "calls": n, "prompt_tokens": p,
   "completion_tokens": c, "seconds": wall time of the run (imports and composition excluded),
   "call_seconds": time spent waiting for answers, "fallbacks": calls whose exception the study's
   model wrapper turned into its default value (a harvest of 0, an empty utterance ...),
   "calls_by_step": {the logger's chain name "phase::query": calls}}

Usage: /usr/bin/python3 govsim_peer.py --govsim DIR --base-url http://127.0.0.1:PORT/v1
       [--variant baseline|no-communication|universalization] [--months 12] [--seed 42] [--out DIR]
"""
import argparse
import collections
import json
import os
import sys
import tempfile
import time
import warnings

EXPERIMENTS = {"baseline": "fish_baseline_concurrent", "no-communication": "fish_perturbation_no_language",
               "universalization": "fish_baseline_concurrent_universalization"}


def compose(govsim, variant, months, seed):
    """The configuration Hydra would build for `experiment=<variant's file>`."""
    from omegaconf import OmegaConf

    def experiment(name):
        folder = os.path.join(govsim, "simulation", "scenarios", "fishing", "conf", "experiment")
        own = OmegaConf.load(os.path.join(folder, name + ".yaml"))
        composed = OmegaConf.create()
        for entry in own.pop("defaults", []):
            if isinstance(entry, str):
                composed = OmegaConf.merge(composed, experiment(entry))
            else:
                for target, option in entry.items():
                    group, _, at = target.partition("@")
                    part = OmegaConf.load(os.path.join(folder, group, option + ".yaml"))
                    for key in reversed(at.split(".")):
                        part = OmegaConf.create({key: part})
                    composed = OmegaConf.merge(composed, part)
        return OmegaConf.merge(composed, own)

    root = OmegaConf.load(os.path.join(govsim, "simulation", "conf", "config.yaml"))
    root.pop("defaults")
    root.pop("hydra")
    root.experiment = experiment(EXPERIMENTS[variant])
    root.llm.path = "gpt-peer"
    root.llm.is_api = True
    root.debug = True
    root.seed = seed
    root.experiment.env.max_num_rounds = months
    OmegaConf.resolve(root)
    return root


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--govsim", required=True)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--variant", choices=sorted(EXPERIMENTS), default="baseline")
    parser.add_argument("--months", type=int, default=12)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--out", default=None)
    args = parser.parse_args()
    # The study's model wrapper turns any exception in a call into a warning and a default value
    # (0 for a harvest); those are counted and reported, every other warning is silenced.
    fallbacks = []
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", message="An exception occured", category=RuntimeWarning)
    warnings.showwarning = lambda message, *rest: fallbacks.append(str(message).split(":", 2)[:2])
    os.environ["OPENAI_BASE_URL"] = args.base_url
    os.environ.setdefault("OPENAI_API_KEY", "none")

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import stand_ins
    stand_ins.install()
    govsim = os.path.abspath(args.govsim)
    sys.path.insert(0, os.path.join(govsim, "pathfinder"))
    sys.path.insert(0, govsim)

    import numpy as np
    from omegaconf import OmegaConf
    from pathfinder import get_model
    from simulation.persona import EmbeddingModel
    from simulation.scenarios.common.environment.concurrent_env import ConcurrentEnv
    from simulation.scenarios.common.environment.perturbation_env import PerturbationEnv
    from simulation.scenarios.fishing.run import run as run_fishing
    from simulation.utils import ModelWandbWrapper, WandbLogger

    environments = []

    def seeded(reset):
        def patched(self, *a, **k):
            result = reset(self, *a, **k)
            self.random = np.random.RandomState(args.seed)
            if self not in environments:
                environments.append(self)
            return result
        return patched

    ConcurrentEnv.reset = seeded(ConcurrentEnv.reset)
    PerturbationEnv.reset = seeded(PerturbationEnv.reset)
    stand_ins.current_month = lambda: environments[-1].num_round if environments else 0

    cfg = compose(govsim, args.variant, args.months, args.seed)
    out = args.out or tempfile.mkdtemp(prefix="govsim-")

    started = time.perf_counter()
    stand_ins.set_seed(cfg.seed)
    logger = WandbLogger(cfg.experiment.name, OmegaConf.to_object(cfg), debug=cfg.debug)
    model = get_model(cfg.llm.path, cfg.llm.is_api, cfg.seed, cfg.llm.backend)
    wrapper = ModelWandbWrapper(model, render=cfg.llm.render, wanbd_logger=logger, temperature=cfg.llm.temperature,
                                top_p=cfg.llm.top_p, seed=cfg.seed, is_api=cfg.llm.is_api)
    wrappers = [wrapper] * cfg.experiment.personas.num
    run_fishing(cfg.experiment, logger, wrappers, wrapper, EmbeddingModel(device="cpu"), out)
    seconds = time.perf_counter() - started

    names = {key: cfg.experiment.personas[key].name for key in cfg.experiment.personas if key.startswith("persona_")}
    report(os.path.join(out, "log_env.json"), args.variant, names, stand_ins.CALLS, seconds, len(fallbacks))
    for fallback in fallbacks[:3]:
        print("fallback:", ":".join(fallback), file=sys.stderr)


def report(log_file, variant, names, calls, seconds, fallbacks):
    with open(log_file) as f:
        records = json.load(f)
    harvests = [r for r in records if r.get("action") == "harvesting"]
    months = sorted({r["round"] for r in harvests})
    collapsed = False
    for m in months:
        rows = [r for r in harvests if r["round"] == m]
        after = int(min(r["resource_in_pool_after_harvesting"] for r in rows))
        collapsed = after < 5
        in_month = [c for c in calls if c[0] == m]
        print(json.dumps({
            "month": m + 1,
            "pool": int(rows[0]["resource_in_pool_before_harvesting"]),
            "after": after,
            "catch": {names.get(r["agent_id"], r["agent_id"]): int(r["resource_collected"]) for r in rows},
            "wanted": {names.get(r["agent_id"], r["agent_id"]): int(r["wanted_resource"]) for r in rows},
            "collapsed": collapsed,
            "calls": len(in_month),
            "prompt_tokens": sum(c[1] for c in in_month),
            "completion_tokens": sum(c[2] for c in in_month),
        }))
    print(json.dumps({
        "run": variant, "months": len(months), "collapsed": collapsed, "calls": len(calls),
        "prompt_tokens": sum(c[1] for c in calls), "completion_tokens": sum(c[2] for c in calls),
        "seconds": round(seconds, 3), "call_seconds": round(sum(c[3] for c in calls), 3), "fallbacks": fallbacks,
        "calls_by_step": dict(sorted(collections.Counter(c[4] for c in calls).items())),
    }))


if __name__ == "__main__":
    main()
