"""PNG plots embedded in RESULTS.md (matplotlib, no display needed)."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt


def plot_latencies(latencies: dict[str, list[float]], path: Path) -> str:
    """B2: the distribution of per-call wall latency, one histogram per client."""
    path.parent.mkdir(parents=True, exist_ok=True)
    figure, axes = plt.subplots(figsize=(8, 4))
    everything = sorted(v * 1e6 for values in latencies.values() for v in values)
    top = everything[int(len(everything) * 0.995) - 1] if everything else 1.0
    for client, values in latencies.items():
        axes.hist([v * 1e6 for v in values], bins=80, range=(0, top), histtype="step", label=client)
    axes.set_xlabel("wall latency per get_model (µs), up to the 99.5th percentile")
    axes.set_ylabel("calls")
    axes.set_title("B2: signed get_model latency on keep-alive")
    axes.legend()
    figure.tight_layout()
    figure.savefig(path, dpi=90)
    plt.close(figure)
    return path.name


def plot_memory(series: dict[str, list[float]], path: Path) -> str:
    """B4: traced memory while paginating, sampled every 1,000 items."""
    path.parent.mkdir(parents=True, exist_ok=True)
    figure, axes = plt.subplots(figsize=(8, 4))
    for client, values in series.items():
        axes.plot([i * 1000 for i in range(len(values))], values, label=client)
    axes.set_xlabel("items iterated")
    axes.set_ylabel("traced memory (MiB)")
    axes.set_title("B4: memory while paginating")
    axes.legend()
    figure.tight_layout()
    figure.savefig(path, dpi=90)
    plt.close(figure)
    return path.name
