from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_model_details import CreateModelDetails
from ...models.error import Error
from ...models.model import Model
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateModelDetails,
    opc_retry_token: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_retry_token, Unset):
        headers["opc-retry-token"] = opc_retry_token

    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/20231130/models",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Model:
    if response.status_code == 200:
        response_200 = Model.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Model]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateModelDetails,
    opc_retry_token: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | Model]:
    """Create a custom model

     Creates a custom model by fine-tuning a base model with your own dataset. You can create a new
    custom
    model or a new version of an existing custom model. The model is returned in the `CREATING`
    lifecycle state; the `opc-work-request-id` response header identifies the work request that tracks
    the model creation (fine-tuning) progress.

    Args:
        opc_retry_token (str | Unset):
        opc_request_id (str | Unset):
        body (CreateModelDetails): The data to create a custom model by fine-tuning a base model.
            Example: {'displayName': 'my-custom-model', 'compartmentId':
            'ocid1.compartment.oc1..aaaaaaaa3nddc6gnrbyt7usdqmvqndckmvlabcr4ylanq5nqzn2cfxx6emdq',
            'baseModelId': 'ocid1.generativeaimodel.oc1.us-
            chicago-1.amaaaaaask7dceyaeamxpkvjhthrqorbgbwwjpvhadmnoaumcpstnaqaybya',
            'fineTuneDetails': {'trainingDataset': {'datasetType': 'OBJECT_STORAGE', 'namespaceName':
            'axk2qjtrpxyz', 'bucketName': 'fine-tuning-data', 'objectName': 'train.jsonl'},
            'dedicatedAiClusterId': 'ocid1.generativeaidedicatedaicluster.oc1.us-
            chicago-1.amaaaaaa74akfsaa2jt6gktf3cr5mxynsl3x6anbtdeqlvmwxiyvaxuxmkka', 'trainingConfig':
            {'trainingConfigType': 'LORA_TRAINING_CONFIG', 'totalTrainingEpochs': 1, 'learningRate':
            0.0002, 'loraR': 8, 'loraAlpha': 8, 'loraDropout': 0.1}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Model]
    """

    kwargs = _get_kwargs(
        body=body,
        opc_retry_token=opc_retry_token,
        opc_request_id=opc_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateModelDetails,
    opc_retry_token: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Error | Model | None:
    """Create a custom model

     Creates a custom model by fine-tuning a base model with your own dataset. You can create a new
    custom
    model or a new version of an existing custom model. The model is returned in the `CREATING`
    lifecycle state; the `opc-work-request-id` response header identifies the work request that tracks
    the model creation (fine-tuning) progress.

    Args:
        opc_retry_token (str | Unset):
        opc_request_id (str | Unset):
        body (CreateModelDetails): The data to create a custom model by fine-tuning a base model.
            Example: {'displayName': 'my-custom-model', 'compartmentId':
            'ocid1.compartment.oc1..aaaaaaaa3nddc6gnrbyt7usdqmvqndckmvlabcr4ylanq5nqzn2cfxx6emdq',
            'baseModelId': 'ocid1.generativeaimodel.oc1.us-
            chicago-1.amaaaaaask7dceyaeamxpkvjhthrqorbgbwwjpvhadmnoaumcpstnaqaybya',
            'fineTuneDetails': {'trainingDataset': {'datasetType': 'OBJECT_STORAGE', 'namespaceName':
            'axk2qjtrpxyz', 'bucketName': 'fine-tuning-data', 'objectName': 'train.jsonl'},
            'dedicatedAiClusterId': 'ocid1.generativeaidedicatedaicluster.oc1.us-
            chicago-1.amaaaaaa74akfsaa2jt6gktf3cr5mxynsl3x6anbtdeqlvmwxiyvaxuxmkka', 'trainingConfig':
            {'trainingConfigType': 'LORA_TRAINING_CONFIG', 'totalTrainingEpochs': 1, 'learningRate':
            0.0002, 'loraR': 8, 'loraAlpha': 8, 'loraDropout': 0.1}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Model
    """

    return sync_detailed(
        client=client,
        body=body,
        opc_retry_token=opc_retry_token,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateModelDetails,
    opc_retry_token: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | Model]:
    """Create a custom model

     Creates a custom model by fine-tuning a base model with your own dataset. You can create a new
    custom
    model or a new version of an existing custom model. The model is returned in the `CREATING`
    lifecycle state; the `opc-work-request-id` response header identifies the work request that tracks
    the model creation (fine-tuning) progress.

    Args:
        opc_retry_token (str | Unset):
        opc_request_id (str | Unset):
        body (CreateModelDetails): The data to create a custom model by fine-tuning a base model.
            Example: {'displayName': 'my-custom-model', 'compartmentId':
            'ocid1.compartment.oc1..aaaaaaaa3nddc6gnrbyt7usdqmvqndckmvlabcr4ylanq5nqzn2cfxx6emdq',
            'baseModelId': 'ocid1.generativeaimodel.oc1.us-
            chicago-1.amaaaaaask7dceyaeamxpkvjhthrqorbgbwwjpvhadmnoaumcpstnaqaybya',
            'fineTuneDetails': {'trainingDataset': {'datasetType': 'OBJECT_STORAGE', 'namespaceName':
            'axk2qjtrpxyz', 'bucketName': 'fine-tuning-data', 'objectName': 'train.jsonl'},
            'dedicatedAiClusterId': 'ocid1.generativeaidedicatedaicluster.oc1.us-
            chicago-1.amaaaaaa74akfsaa2jt6gktf3cr5mxynsl3x6anbtdeqlvmwxiyvaxuxmkka', 'trainingConfig':
            {'trainingConfigType': 'LORA_TRAINING_CONFIG', 'totalTrainingEpochs': 1, 'learningRate':
            0.0002, 'loraR': 8, 'loraAlpha': 8, 'loraDropout': 0.1}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Model]
    """

    kwargs = _get_kwargs(
        body=body,
        opc_retry_token=opc_retry_token,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateModelDetails,
    opc_retry_token: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Error | Model | None:
    """Create a custom model

     Creates a custom model by fine-tuning a base model with your own dataset. You can create a new
    custom
    model or a new version of an existing custom model. The model is returned in the `CREATING`
    lifecycle state; the `opc-work-request-id` response header identifies the work request that tracks
    the model creation (fine-tuning) progress.

    Args:
        opc_retry_token (str | Unset):
        opc_request_id (str | Unset):
        body (CreateModelDetails): The data to create a custom model by fine-tuning a base model.
            Example: {'displayName': 'my-custom-model', 'compartmentId':
            'ocid1.compartment.oc1..aaaaaaaa3nddc6gnrbyt7usdqmvqndckmvlabcr4ylanq5nqzn2cfxx6emdq',
            'baseModelId': 'ocid1.generativeaimodel.oc1.us-
            chicago-1.amaaaaaask7dceyaeamxpkvjhthrqorbgbwwjpvhadmnoaumcpstnaqaybya',
            'fineTuneDetails': {'trainingDataset': {'datasetType': 'OBJECT_STORAGE', 'namespaceName':
            'axk2qjtrpxyz', 'bucketName': 'fine-tuning-data', 'objectName': 'train.jsonl'},
            'dedicatedAiClusterId': 'ocid1.generativeaidedicatedaicluster.oc1.us-
            chicago-1.amaaaaaa74akfsaa2jt6gktf3cr5mxynsl3x6anbtdeqlvmwxiyvaxuxmkka', 'trainingConfig':
            {'trainingConfigType': 'LORA_TRAINING_CONFIG', 'totalTrainingEpochs': 1, 'learningRate':
            0.0002, 'loraR': 8, 'loraAlpha': 8, 'loraDropout': 0.1}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Model
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            opc_retry_token=opc_retry_token,
            opc_request_id=opc_request_id,
        )
    ).parsed
