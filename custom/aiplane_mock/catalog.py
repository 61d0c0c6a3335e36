"""The base models the mock ships (several vendors and capabilities), with stable OCIDs."""

from __future__ import annotations

import base64
import hashlib
from typing import Any

__all__ = ["BASE_MODELS", "BASE_MODEL_COMPARTMENT", "base_model_id"]

BASE_MODEL_COMPARTMENT = "ocid1.tenancy.oc1..aaaaaaaaaiplanemockbasemodels"


def base_model_id(name: str) -> str:
    """The stable OCID of a base model (independent of the seed)."""
    digest = base64.b32encode(hashlib.sha256(name.encode()).digest()).decode().lower()
    return f"ocid1.generativeaimodel.oc1.us-chicago-1.amaaaaaask7dceya{digest[:44]}"


def _model(name: str, vendor: str, version: str, *caps: str, lts: bool = False) -> dict[str, Any]:
    return {
        "id": base_model_id(name),
        "compartmentId": BASE_MODEL_COMPARTMENT,
        "displayName": name,
        "vendor": vendor,
        "version": version,
        "capabilities": list(caps),
        "isLongTermSupported": lts,
    }


BASE_MODELS: tuple[dict[str, Any], ...] = (
    _model("cohere.command-r-08-2024", "cohere", "1.7", "CHAT", "FINE_TUNE"),
    _model("cohere.command-r-plus-08-2024", "cohere", "1.6", "CHAT"),
    _model("cohere.command-a-03-2025", "cohere", "1.0", "CHAT", lts=True),
    _model("cohere.embed-english-v3.0", "cohere", "3.0", "TEXT_EMBEDDINGS"),
    _model("cohere.embed-multilingual-v3.0", "cohere", "3.0", "TEXT_EMBEDDINGS"),
    _model("cohere.rerank-v3.5", "cohere", "3.5", "TEXT_RERANK"),
    _model("meta.llama-3.3-70b-instruct", "meta", "1.0.0", "CHAT", "FINE_TUNE", lts=True),
    _model("meta.llama-3.1-405b-instruct", "meta", "1.0.0", "CHAT"),
    _model("meta.llama-3.2-90b-vision-instruct", "meta", "1.0.0", "CHAT", "IMAGE_TEXT_TO_TEXT"),
    _model("xai.grok-3", "xai", "1.0", "CHAT"),
    _model("openai.gpt-oss-120b", "openai", "1.0", "CHAT", "TEXT_GENERATION"),
    _model("google.gemini-2.5-flash", "google", "2.5", "CHAT", "IMAGE_TEXT_TO_TEXT"),
)
