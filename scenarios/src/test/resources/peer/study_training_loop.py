#!/usr/bin/env python3
"""Times the MAPPO-PIS study's own training loop, as published, on this machine.

The study's code (github.com/CCCC1dhcgd/A-MAPPO-PIS at 2ff8fb8: MARL_baselines/ and its
highway-env fork) is not part of Agora and is not copied here: --study names a checkout of it,
which this script imports unchanged. It builds the study's MAPPO class with the published
configuration (MARL_baselines/configs/configs_ppo.ini, the env settings its training entry point
passes), then runs the loop of that entry point (mappo_pis_main.train): one roll-out of up to 100
decision steps (a whole episode, with the study's per-step intent generation on a deep copy of
the environment), then one training call, until --steps environment decision steps have been
taken after an untimed warm-up. Evaluation episodes and model saving are left out, as in Agora's
measurement. PyTorch runs on one thread (torch.set_num_threads(1)), as Agora's trainer does.

The published code does not start as committed; these run-time patches, and nothing else, make
it run (no file of the study is edited):
  1. numpy >= 1.24 removed the aliases np.int, np.float, np.bool and np.long, which the study's
     code uses (index_to_one_hot, the speed index of MDPVehicle): they are set back to the
     Python types they stood for.
  2. gym is not packaged by Debian: a minimal stand-in module provides what the study's code
     touches (gym.Env, gym.Wrapper, gym.spaces.{Space, Box, Discrete, Tuple, Dict},
     gym.logger.set_level, gym.envs.registration.register, gym.make, gym.utils.seeding).
  3. pygame and cv2 are imported for rendering and video recording only, which training does not
     use: empty stand-ins that fail if anything is called.
  4. MAPPO_pis.py imports single_agent.Memory_common and single_agent.Model_common, a package
     that does not exist in the repository; the modules of those names are in MARL_baselines/RL/,
     which is registered under the name single_agent. (mappo_pis_main.py imports MAPPO from a
     module named MAPPO, which does not exist either; this script does not import the entry
     point: it builds the class from MAPPO_pis.py and runs the entry point's loop itself.)
  5. MAPPO_pis.py reads configs/configs_ppo.ini relative to the working directory at import
     time: the working directory is MARL_baselines/ while it is imported.
Python's warnings are silenced: the fork calls DataFrame.append, which pandas 1.5 (Debian 12)
deprecates with a FutureWarning at every observation; printing them is not the study's work.

Output, one line on stdout:
  study-loop steps=N episodes=E seconds=S cpu_seconds=C steps_per_second=X density=D

Usage: python3 study_training_loop.py --study DIR [--steps 2000] [--warmup-steps 200]
       [--density 1] [--seed 0]
Needs Debian's python3-torch, python3-numpy, python3-pandas and python3-matplotlib.
"""
import argparse
import configparser
import importlib
import os
import sys
import time
import types
import warnings


def patch_numpy():
    import numpy as np
    for name, value in (("int", int), ("float", float), ("bool", bool), ("long", int), ("object", object)):
        if name not in np.__dict__:
            setattr(np, name, value)


def stand_in(name, **attributes):
    module = types.ModuleType(name)
    module.__dict__.update(attributes)
    sys.modules[name] = module
    return module


def install_gym():
    """A minimal gym: what the study's highway-env fork and MAPPO use, no more."""
    import numpy as np

    class Space:
        def __init__(self, shape=None, dtype=None):
            self.shape = shape
            self.dtype = dtype

    class Box(Space):
        def __init__(self, low=None, high=None, shape=None, dtype=np.float32):
            super().__init__(shape, dtype)
            self.low, self.high = low, high

    class Discrete(Space):
        def __init__(self, n):
            super().__init__((), np.int64)
            self.n = n

    class Tuple(Space):
        def __init__(self, spaces):
            super().__init__(None, None)
            self.spaces = tuple(spaces)

    class Dict(Space):
        def __init__(self, spaces=None, **more):
            super().__init__(None, None)
            self.spaces = dict(spaces or {}, **more)

    class Env:
        metadata = {}

        @property
        def unwrapped(self):
            return self

    class Wrapper(Env):
        def __init__(self, env):
            self.env = env

        def __getattr__(self, name):
            if name.startswith("_"):
                raise AttributeError(name)
            return getattr(self.env, name)

        def step(self, action):
            return self.env.step(action)

        def reset(self, *args, **kwargs):
            return self.env.reset(*args, **kwargs)

        @property
        def unwrapped(self):
            return self.env.unwrapped

    registry = {}

    def register(id, entry_point, **kwargs):
        registry[id] = (entry_point, kwargs)

    def make(id, **kwargs):
        entry_point, defaults = registry[id]
        module_name, class_name = entry_point.split(":")
        cls = getattr(importlib.import_module(module_name), class_name)
        return Wrapper(cls(**dict(defaults, **kwargs)))

    def np_random(seed=None):
        rng = np.random.RandomState(seed)
        return rng, seed

    gym = stand_in("gym", Env=Env, Wrapper=Wrapper, make=make)
    gym.spaces = stand_in("gym.spaces", Space=Space, Box=Box, Discrete=Discrete, Tuple=Tuple, Dict=Dict)
    gym.logger = stand_in("gym.logger", set_level=lambda level: None)
    gym.envs = stand_in("gym.envs")
    gym.envs.registration = stand_in("gym.envs.registration", register=register)
    gym.utils = stand_in("gym.utils")
    gym.utils.seeding = stand_in("gym.utils.seeding", np_random=np_random)


def install_rendering_stand_ins():
    """pygame and cv2: any name resolves (type hints and base classes need them at import), nothing runs."""
    class AnyAttribute(type):
        def __getattr__(cls, name):
            if name.startswith("__"):
                raise AttributeError(name)
            return cls

    class Unavailable(metaclass=AnyAttribute):
        def __init__(self, *args, **kwargs):
            raise RuntimeError("rendering is not available in this harness")

    def any_name(name):
        if name.startswith("__"):
            raise AttributeError(name)
        return Unavailable

    for name in ("pygame", "cv2"):
        stand_in(name, __getattr__=any_name)


def import_study(study):
    baselines = os.path.join(study, "MARL_baselines")
    for path in (os.path.join(study, "highway-env"), baselines):
        if not os.path.isdir(path):
            sys.exit(f"study_training_loop: {path} is not a directory (--study must name a checkout of A-MAPPO-PIS)")
        sys.path.insert(0, path)
    sys.modules["single_agent"] = importlib.import_module("RL")
    for name in ("Memory_common", "Model_common"):
        sys.modules["single_agent." + name] = importlib.import_module("RL." + name)
    here = os.getcwd()
    os.chdir(baselines)
    try:
        importlib.import_module("highway_env")
        mappo_module = importlib.import_module("MAPPO_pis")
    finally:
        os.chdir(here)
    config = configparser.ConfigParser()
    config.read(os.path.join(baselines, "configs", "configs_ppo.ini"))
    return mappo_module.MAPPO, config


def build(MAPPO, config, density, seed):
    """The environment and the learner as mappo_pis_main.train builds them from the configuration."""
    import gym
    env_keys = {"seed": int, "simulation_frequency": int, "duration": int, "policy_frequency": int,
                "COLLISION_REWARD": int, "HIGH_SPEED_REWARD": int, "HEADWAY_COST": int, "HEADWAY_TIME": float,
                "MERGING_LANE_COST": int, "traffic_density": int, "safety_guarantee": bool, "n_step": int}
    env_config = {}
    for key, kind in env_keys.items():
        if kind is bool:
            env_config[key] = config.getboolean("ENV_CONFIG", key)
        elif kind is float:
            env_config[key] = config.getfloat("ENV_CONFIG", key)
        else:
            env_config[key] = config.getint("ENV_CONFIG", key)
    env_config["traffic_density"] = density
    env_config["seed"] = seed
    env = gym.make("merge-multi-agent-v0")
    env.config.update(env_config)
    model = config["MODEL_CONFIG"]
    train = config["TRAIN_CONFIG"]
    mappo = MAPPO(env=env, memory_capacity=model.getint("MEMORY_CAPACITY"), state_dim=env.n_s, action_dim=env.n_a,
                  batch_size=model.getint("BATCH_SIZE"), entropy_reg=model.getfloat("ENTROPY_REG"),
                  roll_out_n_steps=model.getint("ROLL_OUT_N_STEPS"),
                  actor_hidden_size=model.getint("actor_hidden_size"),
                  critic_hidden_size=model.getint("critic_hidden_size"), actor_lr=train.getfloat("actor_lr"),
                  critic_lr=train.getfloat("critic_lr"), reward_scale=train.getfloat("reward_scale"),
                  target_update_steps=model.getint("TARGET_UPDATE_STEPS"), target_tau=model.getfloat("TARGET_TAU"),
                  reward_gamma=model.getfloat("reward_gamma"), reward_type=model.get("reward_type"),
                  max_grad_norm=model.getfloat("MAX_GRAD_NORM"), test_seeds=train.get("test_seeds"),
                  episodes_before_train=train.getint("EPISODES_BEFORE_TRAIN"), traffic_density=density)
    env.seed = env.config["seed"]
    return mappo, train.getint("EPISODES_BEFORE_TRAIN")


def run(mappo, episodes_before_train, steps):
    """mappo_pis_main.train's loop without evaluation and saving, until `steps` more decision steps."""
    target = mappo.n_steps + steps
    while mappo.n_steps < target:
        mappo.interact()
        if mappo.n_episodes >= episodes_before_train:
            mappo.train()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--study", required=True, help="a checkout of A-MAPPO-PIS (MARL_baselines/ and highway-env/)")
    parser.add_argument("--steps", type=int, default=2000, help="timed environment decision steps")
    parser.add_argument("--warmup-steps", type=int, default=200, help="untimed decision steps first")
    parser.add_argument("--density", type=int, default=1, choices=(1, 2, 3), help="1 easy, 2 medium, 3 hard")
    parser.add_argument("--seed", type=int, default=0, help="the environment's seed")
    args = parser.parse_args()

    warnings.simplefilter("ignore")
    patch_numpy()
    install_gym()
    install_rendering_stand_ins()
    import numpy as np
    import torch
    torch.set_num_threads(1)
    np.random.seed(args.seed)
    MAPPO, config = import_study(os.path.abspath(args.study))
    mappo, episodes_before_train = build(MAPPO, config, args.density, args.seed)
    run(mappo, episodes_before_train, args.warmup_steps)
    steps0, episodes0 = mappo.n_steps, mappo.n_episodes
    wall0, cpu0 = time.perf_counter(), time.process_time()
    run(mappo, episodes_before_train, args.steps)
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    steps = mappo.n_steps - steps0
    print(f"study-loop steps={steps} episodes={mappo.n_episodes - episodes0} seconds={wall:.3f} "
          f"cpu_seconds={cpu:.3f} steps_per_second={steps / wall:.2f} density={args.density}")


if __name__ == "__main__":
    main()
