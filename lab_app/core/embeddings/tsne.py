"""t-SNE maps that form live: openTSNE's optimisation run in short chunks, a frame after each.

``project_tsne`` reproduces ``openTSNE.TSNE().fit`` (openTSNE 1.0): affinities from a Gaussian
kernel of the given perplexity over 3·perplexity nearest neighbours, PCA initialisation scaled to
a standard deviation of 1e-4, 250 iterations of early exaggeration (12, learning rate n/12,
momentum 0.8), then up to 500 normal iterations (learning rate n, momentum 0.8), steps clipped
to length 5. The optimiser (gains and momentum) carries over between chunks, so running in
chunks changes nothing but where the generator can yield: with Barnes-Hut and no early stop the
map equals openTSNE's to float32 precision. (openTSNE's callbacks run inside ``optimize`` and
cannot make a generator yield; chunks of ~0.05 s can, and each ends with a frame.)

Three measured changes make it faster with the same quality (``tests/benchmarks/bench_tsne.py``,
10k word2vec vectors x 100 dims on 2 busy cores: 31.6 s against openTSNE's 60.9 s, ratio 0.52;
trustworthiness 0.9921 vs 0.9920, 10-NN preservation 0.4275 vs 0.4262; on a 30-Gaussian mixture,
whose map stays compact, ratio 0.91 with the same trustworthiness and 0.1676 vs 0.1691):

- each chunk picks the cheaper gradient approximation for the layout's current size: the FFT
  interpolation grid grows with the square of the layout's extent, Barnes-Hut does not, so FFT
  while the map is small (extent² · jobs ≤ n) and Barnes-Hut once it has spread out (openTSNE
  keeps FFT from 10k points on, whose last iterations took 125 ms each against 47 ms);
- the normal phase stops when the divergence falls by less than ``kl_tolerance`` (0.5 %) over
  50 iterations: by then the neighbourhoods barely move (1 % cost the mixture 0.018 of its
  10-NN preservation; 0.5 % costs 0.0015);
- openTSNE evaluates the divergence after every ``optimize`` call (one extra gradient); here it
  is measured only every 50 iterations, inside the last gradient of a chunk.

One gradient thread on 2 cores (``default_jobs``): two threads were slower (21.9 s against
18.7 s on the mixture) as soon as anything else wanted a core.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Generator
from typing import Any

import numpy as np

from lab_app.core.embeddings.beside import run_beside
from lab_app.core.embeddings.errors import ProjectionSettingError
from lab_app.core.embeddings.map_inputs import LayoutFrame, check_vectors, narrowed
from lab_app.core.events import Notice, Progress
from lab_app.core.messages import QT_TRANSLATE_NOOP, say

EARLY_EXAGGERATION = 12.0
EARLY_ITERATIONS = 250
NORMAL_ITERATIONS = 500
MOMENTUM = 0.8
CHECK_EVERY = 50  # iterations between divergence measurements (openTSNE's verbose interval)
KL_TOLERANCE = 0.005
CHUNK_SECONDS = 0.05  # a chunk this long keeps Stop well under 0.5 s, even on a busy machine
EARLY_PHASE = "early exaggeration"
NORMAL_PHASE = "normal"


def default_jobs() -> int:
    """Threads for the gradient: one per core but one, left to the window (at least 1).
    Any thread."""
    return max(1, (os.cpu_count() or 1) - 1)


def project_tsne(
    vectors: Any,
    perplexity: float = 30.0,
    seed: int = 0,
    *,
    early_iterations: int = EARLY_ITERATIONS,
    iterations: int = NORMAL_ITERATIONS,
    kl_tolerance: float = KL_TOLERANCE,
    n_jobs: int | None = None,
    gradient: str = "auto",
) -> Generator[Any, None, np.ndarray]:
    """Return the t-SNE map of ``vectors`` (n x d), (n, 2) float32; yields ``LayoutFrame``
    about 10 times a second (the map forming), ``Progress`` and ``Notice`` events.

    ``perplexity`` is clamped below n/3 (with a notice); n < 5 raises ``TooFewPoints``. Inputs
    wider than 100 dimensions are first reduced to 50 with PCA (a notice says so).
    ``kl_tolerance`` 0 runs all ``iterations``; ``gradient`` "auto", "bh" or "fft"; ``n_jobs``
    None means ``default_jobs()``. The same seed gives the same map. Worker thread; every
    yield is a cancel point (at most ~0.1 s apart).
    """
    _check_settings(perplexity, early_iterations, iterations, kl_tolerance, gradient)
    matrix, notices = check_vectors(vectors, needed=5, method="t-SNE")
    yield from notices
    n = matrix.shape[0]
    usable = min(float(perplexity), (n - 1) / 3)
    if usable < perplexity:
        text = QT_TRANSLATE_NOOP(
            "core",
            "Perplexity {asked} is too high for {n} words (it must stay below n/3); using {used}.",
        )
        yield Notice(say(text, asked=perplexity, n=n, used=round(usable, 2)), level="warning")
    data = yield from narrowed(matrix, seed, "t-SNE")
    jobs = n_jobs or default_jobs()
    yield Progress(0, 1, "", "t-SNE neighbours")
    embedding = yield from run_beside(
        lambda: _prepare(data, usable, seed, jobs), name="tsne-neighbours"
    )
    yield Progress(1, 1, "", "t-SNE neighbours")
    run = _Run(embedding, early_iterations + iterations, jobs, gradient)
    yield run.frame(0, EARLY_PHASE)
    yield from run.phase(EARLY_PHASE, early_iterations, EARLY_EXAGGERATION, 0.0)
    yield from run.phase(NORMAL_PHASE, iterations, 1.0, kl_tolerance)
    return np.array(embedding, dtype=np.float32)


def _check_settings(
    perplexity: float, early: int, iterations: int, tolerance: float, gradient: str
) -> None:
    if not perplexity > 0:
        text = QT_TRANSLATE_NOOP("core", "Perplexity must be above 0; got {value}.")
        raise ProjectionSettingError(say(text, value=perplexity))
    if early < 0 or iterations < 1:
        text = QT_TRANSLATE_NOOP(
            "core", "t-SNE needs at least 1 iteration (and no negative count); got {early} + {n}."
        )
        raise ProjectionSettingError(say(text, early=early, n=iterations))
    if not 0 <= tolerance < 1:
        text = QT_TRANSLATE_NOOP("core", "The KL tolerance must be in [0, 1); got {value}.")
        raise ProjectionSettingError(say(text, value=tolerance))
    if gradient not in ("auto", "bh", "fft"):
        text = QT_TRANSLATE_NOOP("core", "gradient must be 'auto', 'bh' or 'fft'; got {value}.")
        raise ProjectionSettingError(say(text, value=repr(gradient)))


def _prepare(data: np.ndarray, perplexity: float, seed: int, jobs: int) -> Any:
    """Affinities and PCA initialisation exactly as ``openTSNE.TSNE.prepare_initial``; return
    the ``TSNEEmbedding``. Seconds for 10k points: runs beside the generator."""
    from openTSNE import TSNEEmbedding, affinity, initialization

    affinities = affinity.MultiscaleMixture(
        data, perplexity, method="auto", metric="euclidean", n_jobs=jobs, random_state=seed
    )
    start = initialization.pca(data, random_state=seed)
    return TSNEEmbedding(
        start,
        affinities,
        random_state=seed,
        dof=1,
        learning_rate="auto",
        momentum=MOMENTUM,
        theta=0.5,
        n_interpolation_points=3,
        min_num_intervals=50,
        ints_in_interval=1,
        max_grad_norm=None,
        max_step_norm=5,
        n_jobs=jobs,
        verbose=False,
    )


class _Objective:
    """openTSNE's gradient (Barnes-Hut or FFT) for one chunk of ``size`` iterations.

    Measures the divergence, when ``measure``, in the chunk's last gradient (a cheap extra
    sum), and skips the full extra gradient openTSNE computes after the loop only to report it.
    """

    def __init__(self, method: Any, size: int, measure: bool, exaggeration: float):
        self.method = method
        self.size = size
        self.measure = measure
        self.exaggeration = exaggeration
        self.calls = 0
        self.kl: float | None = None

    def __call__(self, embedding, P, dof, should_eval_error=False, **params):  # noqa: N803
        self.calls += 1
        if self.calls > self.size:  # openTSNE's closing evaluation: its gradient is unused
            return (math.nan if self.kl is None else self.kl), None
        evaluate = self.measure and self.calls == self.size
        kl, gradient = self.method(embedding, P, dof, should_eval_error=evaluate, **params)
        if evaluate:
            # P holds exaggeration·p; KL(p‖q) = KL(αp‖q)/α − log α, as openTSNE corrects it.
            self.kl = float(kl / self.exaggeration - math.log(self.exaggeration))
        return kl, gradient


class _Run:
    """The optimisation of one map: chunk sizes, gradient choice, frames and stopping."""

    def __init__(self, embedding: Any, total: int, jobs: int, gradient: str):
        self.embedding = embedding
        self.total = total
        self.jobs = jobs
        self.gradient = gradient
        self.done = 0
        self.kl: float | None = None
        self.seconds_per_iteration: float | None = None

    def frame(self, iteration: int, phase: str) -> LayoutFrame:
        coords = np.array(self.embedding, dtype=np.float32)
        return LayoutFrame(iteration, self.total, coords, self.kl, phase)

    def phase(
        self, name: str, iterations: int, exaggeration: float, tolerance: float
    ) -> Generator[LayoutFrame, None, None]:
        """Run ``iterations`` (fewer if the divergence settles within ``tolerance``)."""
        affinities = self.embedding.affinities
        n = self.embedding.shape[0]
        affinities.P *= exaggeration  # once per phase, not once per chunk as optimize() would
        try:
            done, previous = 0, None
            while done < iterations:
                next_check = (done // CHECK_EVERY + 1) * CHECK_EVERY
                size = min(self._chunk_size(), next_check - done, iterations - done)
                measure = done + size in (next_check, iterations)
                self._step(size, measure, exaggeration, learning_rate=n / exaggeration)
                done += size
                self.done += size
                if measure:
                    if self._settled(previous, tolerance):
                        self.total -= iterations - done  # the map is finished early
                        yield self.frame(self.done, name)
                        return
                    previous = self.kl
                yield self.frame(self.done, name)
        finally:
            affinities.P /= exaggeration

    def _settled(self, previous: float | None, tolerance: float) -> bool:
        """True when the divergence fell by less than ``tolerance`` (relative) since the last
        measurement, 50 iterations ago."""
        if not tolerance or previous is None or self.kl is None:
            return False
        return previous - self.kl < tolerance * previous

    def _chunk_size(self) -> int:
        if self.seconds_per_iteration is None:
            return 1
        return max(1, int(CHUNK_SECONDS / max(self.seconds_per_iteration, 1e-6)))

    def _step(self, size: int, measure: bool, exaggeration: float, learning_rate: float) -> None:
        from openTSNE.tsne import kl_divergence_bh, kl_divergence_fft

        method = kl_divergence_fft if self._use_fft() else kl_divergence_bh
        objective = _Objective(method, size, measure, exaggeration)
        started = time.perf_counter()
        self.embedding.optimize(
            size,
            inplace=True,
            exaggeration=None,  # P is already exaggerated for the whole phase
            learning_rate=learning_rate,
            momentum=MOMENTUM,
            negative_gradient_method=objective,
            n_jobs=self.jobs,
        )
        self.seconds_per_iteration = (time.perf_counter() - started) / size
        if objective.kl is not None:
            self.kl = objective.kl

    def _use_fft(self) -> bool:
        if self.gradient != "auto":
            return self.gradient == "fft"
        n = self.embedding.shape[0]
        extent = float(np.ptp(np.asarray(self.embedding), axis=0).max())
        # FFT costs ~ the interpolation grid, (max(50, extent))²; Barnes-Hut ~ n log n / jobs.
        # Measured crossover (10k words, 1 job): extent ≈ 100 = √n.
        return self.jobs * max(extent, 50.0) ** 2 <= n
