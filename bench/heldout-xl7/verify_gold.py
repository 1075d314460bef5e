#!/usr/bin/env python3
"""Checks this set's gold files with the shared checker in bench/verify_gold.py."""
import os, runpy, sys

here = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0], here]
runpy.run_path(os.path.join(here, "..", "verify_gold.py"), run_name="__main__")
