from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.run_event_type import RunEventType
from ..models.run_status import RunStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_error import RunError

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.run_error import RunError  # noqa: PLC0415

    globals().update(
        RunError=RunError,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="RunEvent")

_FIELD_TYPES = _checks.Fields(
    "RunEvent",
    {
        "type": _checks.STRING,
        "runId": _checks.STRING,
        "sequence": _checks.INTEGER,
        "time": _checks.STRING,
        "status": _checks.STRING,
        "percentComplete": _checks.NUMBER,
        "output": _checks.ANY,
        "result": _checks.ANY,
        "error": _checks.OBJECT,
    },
)


@_attrs_define(repr=False)
class RunEvent:
    """The JSON `data:` of one event of getRunEvents. `type` equals the SSE `event:` name and
    `sequence` the SSE `id:`. Which other fields are set depends on the type: `status` on
    status and done events, `percentComplete` on progress (and done) events, `output` on output
    events, `result` or `error` on the done event of a SUCCEEDED or FAILED run.

        Example:
            {'type': 'progress', 'runId': 'ocid1.generativeairun.oc1.us-
                chicago-1.amaaaaaabnqp43iaq7v3cw2gyzqyoivfhxeq5pzkebwt4s6ml6gqcbzpz3xa', 'sequence': 2, 'time':
                '2025-04-01T10:00:08.000Z', 'percentComplete': 40}

        Attributes:
            type_ (RunEventType | str): The event type.
            run_id (str): The run's id. Example: ocid1.generativeairun.oc1.us-
                chicago-1.amaaaaaabnqp43iaq7v3cw2gyzqyoivfhxeq5pzkebwt4s6ml6gqcbzpz3xa.
            sequence (int): The event's sequence number within the run, starting at 1; also its SSE `id:`. Example: 2.
            time (datetime.datetime): When the event happened. Example: 2025-04-01T10:00:08.000Z.
            status (RunStatus | str | Unset): The run's status after this event.
            percent_complete (float | Unset): The run's progress after this event. Example: 40.
            output (Any | Unset): A piece of partial output, any JSON value. Example: {'text': '- Budget approved\\n'}.
            result (Any | Unset): The final result (done event of a SUCCEEDED run), any JSON value. Example: {'text': '-
                Budget approved'}.
            error (RunError | Unset): Why a run failed.
    """

    type_: RunEventType | str
    run_id: str
    sequence: int
    time: datetime.datetime
    status: RunStatus | str | Unset = UNSET
    percent_complete: float | Unset = UNSET
    output: Any | Unset = UNSET
    result: Any | Unset = UNSET
    error: RunError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        type_: str
        if isinstance(self.type_, RunEventType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        run_id = self.run_id

        sequence = self.sequence

        time = self.time.isoformat()

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, RunStatus):
            status = self.status.value
        else:
            status = self.status

        percent_complete = self.percent_complete

        output = self.output

        result = self.result

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "runId": run_id,
                "sequence": sequence,
                "time": time,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if percent_complete is not UNSET:
            field_dict["percentComplete"] = percent_complete
        if output is not UNSET:
            field_dict["output"] = output
        if result is not UNSET:
            field_dict["result"] = result
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)

        def _parse_type_(data: object) -> RunEventType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = RunEventType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RunEventType | str, data)

        type_ = _parse_type_(d.pop("type"))

        run_id = d.pop("runId")

        sequence = d.pop("sequence")

        time = datetime.datetime.fromisoformat(d.pop("time"))

        def _parse_status(data: object) -> RunStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = RunStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RunStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        percent_complete = d.pop("percentComplete", UNSET)

        output = d.pop("output", UNSET)

        result = d.pop("result", UNSET)

        _error = d.pop("error", UNSET)
        error: RunError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = RunError.from_dict(_error)

        run_event = cls(
            type_=type_,
            run_id=run_id,
            sequence=sequence,
            time=time,
            status=status,
            percent_complete=percent_complete,
            output=output,
            result=result,
            error=error,
        )

        run_event.additional_properties = d
        return run_event

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
