from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.run_status import RunStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_metadata import RunMetadata

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.run_metadata import RunMetadata  # noqa: PLC0415

    globals().update(
        RunMetadata=RunMetadata,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="RunSummary")

_FIELD_TYPES = _checks.Fields(
    "RunSummary",
    {
        "id": _checks.STRING,
        "deploymentId": _checks.STRING,
        "status": _checks.STRING,
        "timeCreated": _checks.STRING,
        "percentComplete": _checks.NUMBER,
        "timeStarted": _checks.STRING,
        "timeFinished": _checks.STRING,
        "metadata": _checks.OBJECT,
    },
)


@_attrs_define(repr=False)
class RunSummary:
    """A run in a list, without input, result and error.

    Attributes:
        id (str): The run's id. Example: ocid1.generativeairun.oc1.us-
            chicago-1.amaaaaaabnqp43iaq7v3cw2gyzqyoivfhxeq5pzkebwt4s6ml6gqcbzpz3xa.
        deployment_id (str): The deployment the run executes on. Example: ocid1.generativeaiendpoint.oc1.us-
            chicago-1.amaaaaaabnqp43iaf4pldq2cyl6dqz3lyb3p2n7yx4w4h6lwg7zk5bqeq5wa.
        status (RunStatus | str): The run's state.
        time_created (datetime.datetime): When the run was accepted. Example: 2025-04-01T10:00:00.000Z.
        percent_complete (float | Unset): Progress from 0 to 100. Example: 40.
        time_started (datetime.datetime | Unset): When the run started RUNNING; absent while QUEUED. Example:
            2025-04-01T10:00:02.310Z.
        time_finished (datetime.datetime | Unset): When the run reached a final status; absent before. Example:
            2025-04-01T10:00:19.874Z.
        metadata (RunMetadata | Unset): Caller-chosen string labels of the run (at most 32), returned as given. Example:
            {'ticket': 'SUP-4711'}.
    """

    id: str
    deployment_id: str
    status: RunStatus | str
    time_created: datetime.datetime
    percent_complete: float | Unset = UNSET
    time_started: datetime.datetime | Unset = UNSET
    time_finished: datetime.datetime | Unset = UNSET
    metadata: RunMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        id = self.id

        deployment_id = self.deployment_id

        status: str
        if isinstance(self.status, RunStatus):
            status = self.status.value
        else:
            status = self.status

        time_created = self.time_created.isoformat()

        percent_complete = self.percent_complete

        time_started: str | Unset = UNSET
        if not isinstance(self.time_started, Unset):
            time_started = self.time_started.isoformat()

        time_finished: str | Unset = UNSET
        if not isinstance(self.time_finished, Unset):
            time_finished = self.time_finished.isoformat()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "deploymentId": deployment_id,
                "status": status,
                "timeCreated": time_created,
            }
        )
        if percent_complete is not UNSET:
            field_dict["percentComplete"] = percent_complete
        if time_started is not UNSET:
            field_dict["timeStarted"] = time_started
        if time_finished is not UNSET:
            field_dict["timeFinished"] = time_finished
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        id = d.pop("id")

        deployment_id = d.pop("deploymentId")

        def _parse_status(data: object) -> RunStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = RunStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RunStatus | str, data)

        status = _parse_status(d.pop("status"))

        time_created = datetime.datetime.fromisoformat(d.pop("timeCreated"))

        percent_complete = d.pop("percentComplete", UNSET)

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

        _metadata = d.pop("metadata", UNSET)
        metadata: RunMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = RunMetadata.from_dict(_metadata)

        run_summary = cls(
            id=id,
            deployment_id=deployment_id,
            status=status,
            time_created=time_created,
            percent_complete=percent_complete,
            time_started=time_started,
            time_finished=time_finished,
            metadata=metadata,
        )

        run_summary.additional_properties = d
        return run_summary

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
