from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.work_request_operation_type import WorkRequestOperationType
from ..models.work_request_status import WorkRequestStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_request_resource import WorkRequestResource

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.work_request_resource import WorkRequestResource  # noqa: PLC0415

    globals().update(
        WorkRequestResource=WorkRequestResource,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="WorkRequestSummary")

_FIELD_TYPES = _checks.Fields(
    "WorkRequestSummary",
    {
        "operationType": _checks.STRING,
        "status": _checks.STRING,
        "id": _checks.STRING,
        "compartmentId": _checks.STRING,
        "resources": _checks.array(_checks.OBJECT),
        "percentComplete": _checks.NUMBER,
        "timeAccepted": _checks.STRING,
        "timeStarted": _checks.STRING,
        "timeFinished": _checks.STRING,
    },
)


@_attrs_define(repr=False)
class WorkRequestSummary:
    """Summary of a work request, as returned by listWorkRequests.

    Example:
        {'operationType': 'CREATE_DEDICATED_AI_CLUSTER', 'status': 'SUCCEEDED', 'id':
            'ocid1.generativeaiworkrequest.oc1.us-chicago-1.amaaaaaa74akfsaaqh3fslbqkmbxnv6gnbtoqrgjsa2pgw2bkvh6bgc6zqla',
            'compartmentId': 'ocid1.compartment.oc1..aaaaaaaa3nddc6gnrbyt7usdqmvqndckmvlabcr4ylanq5nqzn2cfxx6emdq',
            'resources': [], 'percentComplete': 100, 'timeAccepted': '2024-01-01T00:00:00.000Z'}

    Attributes:
        operation_type (str | WorkRequestOperationType): The asynchronous operation tracked by this work request.
            Example: CREATE_DEDICATED_AI_CLUSTER.
        status (str | WorkRequestStatus): The status of the work request. Example: SUCCEEDED.
        id (str): The [OCID](https://docs.oracle.com/iaas/Content/General/Concepts/identifiers.htm) of the work request.
            Example: ocid1.generativeaiworkrequest.oc1.us-
            chicago-1.amaaaaaa74akfsaaqh3fslbqkmbxnv6gnbtoqrgjsa2pgw2bkvh6bgc6zqla.
        compartment_id (str): The [OCID](https://docs.oracle.com/iaas/Content/General/Concepts/identifiers.htm) of the
            compartment that contains the work request. Example:
            ocid1.compartment.oc1..aaaaaaaa3nddc6gnrbyt7usdqmvqndckmvlabcr4ylanq5nqzn2cfxx6emdq.
        resources (list[WorkRequestResource]): The resources that are affected by this work request.
        percent_complete (float): Shows the progress of the operation tracked by the work request, as a percentage of
            the total work that must be performed. Example: 100.
        time_accepted (datetime.datetime): The date and time the work request was created, in the format defined by [RFC
            3339](https://tools.ietf.org/html/rfc3339). Example: 2024-01-01T00:00:00.000Z.
        time_started (datetime.datetime | Unset): The date and time the work request was started, in the format defined
            by [RFC 3339](https://tools.ietf.org/html/rfc3339). Example: 2024-01-01T00:00:05.000Z.
        time_finished (datetime.datetime | Unset): The date and time the work request was finished, in the format
            defined by [RFC 3339](https://tools.ietf.org/html/rfc3339). Example: 2024-01-01T00:12:00.000Z.
    """

    operation_type: str | WorkRequestOperationType
    status: str | WorkRequestStatus
    id: str
    compartment_id: str
    resources: list[WorkRequestResource]
    percent_complete: float
    time_accepted: datetime.datetime
    time_started: datetime.datetime | Unset = UNSET
    time_finished: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        operation_type: str
        if isinstance(self.operation_type, WorkRequestOperationType):
            operation_type = self.operation_type.value
        else:
            operation_type = self.operation_type

        status: str
        if isinstance(self.status, WorkRequestStatus):
            status = self.status.value
        else:
            status = self.status

        id = self.id

        compartment_id = self.compartment_id

        resources = []
        for resources_item_data in self.resources:
            resources_item = resources_item_data.to_dict()
            resources.append(resources_item)

        percent_complete = self.percent_complete

        time_accepted = self.time_accepted.isoformat()

        time_started: str | Unset = UNSET
        if not isinstance(self.time_started, Unset):
            time_started = self.time_started.isoformat()

        time_finished: str | Unset = UNSET
        if not isinstance(self.time_finished, Unset):
            time_finished = self.time_finished.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operationType": operation_type,
                "status": status,
                "id": id,
                "compartmentId": compartment_id,
                "resources": resources,
                "percentComplete": percent_complete,
                "timeAccepted": time_accepted,
            }
        )
        if time_started is not UNSET:
            field_dict["timeStarted"] = time_started
        if time_finished is not UNSET:
            field_dict["timeFinished"] = time_finished

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)

        def _parse_operation_type(data: object) -> str | WorkRequestOperationType:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                operation_type_type_0 = WorkRequestOperationType(data)

                return operation_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | WorkRequestOperationType, data)

        operation_type = _parse_operation_type(d.pop("operationType"))

        def _parse_status(data: object) -> str | WorkRequestStatus:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = WorkRequestStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | WorkRequestStatus, data)

        status = _parse_status(d.pop("status"))

        id = d.pop("id")

        compartment_id = d.pop("compartmentId")

        resources = []
        _resources = d.pop("resources")
        for resources_item_data in _resources:
            resources_item = WorkRequestResource.from_dict(resources_item_data)

            resources.append(resources_item)

        percent_complete = d.pop("percentComplete")

        time_accepted = datetime.datetime.fromisoformat(d.pop("timeAccepted"))

        _time_started = d.pop("timeStarted", UNSET)
        time_started: datetime.datetime | Unset
        if isinstance(_time_started, Unset):
            time_started = UNSET
        else:
            time_started = datetime.datetime.fromisoformat(_time_started)

        _time_finished = d.pop("timeFinished", UNSET)
        time_finished: datetime.datetime | Unset
        if isinstance(_time_finished, Unset):
            time_finished = UNSET
        else:
            time_finished = datetime.datetime.fromisoformat(_time_finished)

        work_request_summary = cls(
            operation_type=operation_type,
            status=status,
            id=id,
            compartment_id=compartment_id,
            resources=resources,
            percent_complete=percent_complete,
            time_accepted=time_accepted,
            time_started=time_started,
            time_finished=time_finished,
        )

        work_request_summary.additional_properties = d
        return work_request_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
