"""AI exposure of tasks and occupations: classes, occupation profiles (and, later, a scorer for new task
text and employment-weighted summaries)."""

from jalur.exposure.classes import AUGMENT_AT, AUTOMATE_AT, TASK_CLASSES, class_shares, gradient, task_class
from jalur.exposure.profile import ExposureProfile, TaskExposure, exposure_profile

__all__ = [
    "AUGMENT_AT",
    "AUTOMATE_AT",
    "TASK_CLASSES",
    "ExposureProfile",
    "TaskExposure",
    "class_shares",
    "exposure_profile",
    "gradient",
    "task_class",
]
