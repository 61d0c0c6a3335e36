"""Resource objects (aiplane_management.resources), sync and async, against the mock: get,
list, edits tracked, save as create-or-update (if-match, waited through), clone, delete,
refresh, and the before/after hooks."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

import aiplane
from aiplane import errors
from aiplane.resources import HookCall, Outcome
from aiplane_management.models.dedicated_ai_cluster import DedicatedAiCluster
from aiplane_management.resources import (
    AsyncClusterResource,
    AsyncModelResource,
    ClusterResource,
    EndpointResource,
    ModelResource,
)
from aiplane_mock import MockServer
from tests.conftest import maybe_await
from tests.mock_helpers import COMPARTMENT, serving, signer

pytestmark = pytest.mark.anyio
FAST = aiplane.PollSchedule(initial=0.02, max_interval=0.1, timeout=30)
OTHER = "ocid1.compartment.oc1..aaaaaaaaothercompartment"


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    yield from serving(speed=1000.0)


@pytest.fixture
async def client(server: MockServer, mode: str) -> AsyncIterator[Any]:
    server.control.clear_faults()
    urls: dict[str, Any] = {"management_url": server.management_url, "auth": signer()}
    if mode == "sync":
        with aiplane.Client(**urls) as sync_client:
            yield sync_client
    else:
        async with aiplane.AsyncClient(**urls) as async_client:
            yield async_client


def cluster_cls(client: Any) -> Any:
    return ClusterResource if isinstance(client, aiplane.Client) else AsyncClusterResource


def new_cluster(client: Any, name: str, **more: Any) -> Any:
    fields = {"type_": "HOSTING", "unit_count": 1, "unit_shape": "LARGE_COHERE", **more}
    return cluster_cls(client)(client, compartment_id=COMPARTMENT, display_name=name, **fields)


async def saved_cluster(client: Any, name: str) -> Any:
    cluster = new_cluster(client, name)
    await maybe_await(cluster.save(schedule=FAST))
    return cluster


async def items(source: Any, limit: int = 1000) -> list[Any]:
    """Items of a sync or async iterable, at most ``limit``."""
    out: list[Any] = []
    if hasattr(source, "__aiter__"):
        async for item in source:
            out.append(item)
            if len(out) >= limit:
                break
        return out
    for item in source:
        out.append(item)
        if len(out) >= limit:
            break
    return out


def sent(server: MockServer, since: int) -> list[str]:
    """The operation ids the mock answered after the first ``since`` requests."""
    return [r.operation_id for r in server.control.requests()[since:]]


async def test_save_creates_a_new_resource_and_waits_for_it(client: Any) -> None:
    """save() on a new object creates it, waits for its work request, and loads the result."""
    cluster = new_cluster(client, "created")
    assert not cluster.is_saved and cluster.is_modified
    assert await maybe_await(cluster.save(schedule=FAST)) is cluster
    assert cluster.is_saved and not cluster.is_modified
    assert cluster.id.startswith("ocid1.generativeaidedicatedaicluster")
    assert cluster.lifecycle_state == "ACTIVE" and cluster.etag
    assert isinstance(cluster.model, DedicatedAiCluster)


async def test_a_new_object_has_no_value_for_required_read_fields(client: Any) -> None:
    """An unsaved object's id and other required read fields raise FieldNotLoaded."""
    cluster = new_cluster(client, "unsaved")
    with pytest.raises(errors.FieldNotLoaded, match="not saved yet"):
        _ = cluster.id
    with pytest.raises(AttributeError):
        _ = cluster.lifecycle_state
    assert cluster.display_name == "unsaved"


async def test_a_missing_create_field_is_refused_before_sending(
    client: Any, server: MockServer
) -> None:
    """save() without a required create field raises InvalidParameter naming it; 0 requests."""
    before = len(server.control.requests())
    cluster = cluster_cls(client)(client, compartment_id=COMPARTMENT, type_="HOSTING")
    with pytest.raises(errors.InvalidParameter, match="unit_count") as info:
        await maybe_await(cluster.save(schedule=FAST))
    assert info.value.parameter == "unit_count"
    assert sent(server, before) == []


async def test_edits_are_tracked(client: Any) -> None:
    """Setting a field marks the object modified; setting it back does not."""
    cluster = await saved_cluster(client, "tracked")
    cluster.display_name = "other"
    assert cluster.is_modified and cluster.changes == {"display_name": "other"}
    cluster.display_name = "tracked"
    assert not cluster.is_modified and cluster.changes == {}


async def test_an_in_place_edit_of_a_nested_value_is_tracked(client: Any) -> None:
    """Changing a tag inside freeform_tags counts as an edit and is saved."""
    cluster = await saved_cluster(client, "tagged")
    cluster.freeform_tags["team"] = "ml"
    assert list(cluster.changes) == ["freeform_tags"]
    await maybe_await(cluster.save(schedule=FAST))
    fresh = await maybe_await(cluster_cls(client).get(client, cluster.id))
    assert fresh.freeform_tags["team"] == "ml"


async def test_save_sends_the_edits_and_reloads(client: Any, server: MockServer) -> None:
    """save() of an edited object sends one update with the edits, waits, and reloads it."""
    cluster = await saved_cluster(client, "before")
    old_etag = cluster.etag
    cluster.display_name, cluster.unit_count = "after", 2
    before = len(server.control.requests())
    await maybe_await(cluster.save(schedule=FAST))
    assert sent(server, before).count("updateDedicatedAiCluster") == 1
    assert (cluster.display_name, cluster.unit_count) == ("after", 2)
    assert cluster.model.display_name == "after" and cluster.etag != old_etag
    assert not cluster.is_modified


async def test_save_with_nothing_changed_sends_nothing(client: Any, server: MockServer) -> None:
    """save() of an unmodified object makes no request."""
    cluster = await saved_cluster(client, "unchanged")
    before = len(server.control.requests())
    await maybe_await(cluster.save(schedule=FAST))
    assert sent(server, before) == []


async def test_save_of_a_stale_object_is_refused_and_keeps_the_edits(client: Any) -> None:
    """An object whose etag is out of date gets 412 from if-match; its edits stay unsaved."""
    cluster = await saved_cluster(client, "stale")
    other = await maybe_await(cluster_cls(client).get(client, cluster.id))
    other.description = "changed elsewhere"
    await maybe_await(other.save(schedule=FAST))
    cluster.display_name = "mine"
    with pytest.raises(errors.PreconditionFailed):
        await maybe_await(cluster.save(schedule=FAST))
    assert cluster.changes == {"display_name": "mine"}


async def test_a_field_with_its_own_action_is_saved_through_it(
    client: Any, server: MockServer
) -> None:
    """compartment_id is changed by changeCompartment, other edits by the update, in one save."""
    cluster = await saved_cluster(client, "mover")
    cluster.compartment_id, cluster.description = OTHER, "moved"
    before = len(server.control.requests())
    await maybe_await(cluster.save(schedule=FAST))
    ops = sent(server, before)
    assert "changeDedicatedAiClusterCompartment" in ops and "updateDedicatedAiCluster" in ops
    fresh = await maybe_await(cluster_cls(client).get(client, cluster.id))
    assert (fresh.compartment_id, fresh.description) == (OTHER, "moved")
    assert not cluster.is_modified


async def test_an_edit_whose_call_failed_stays_unsaved(client: Any, server: MockServer) -> None:
    """When the update succeeds and the compartment action fails, the description is saved
    and the compartment edit is kept for the next save(): nothing is lost."""
    cluster = await saved_cluster(client, "half")
    cluster.compartment_id, cluster.description = OTHER, "half saved"
    server.control.inject("status", "changeDedicatedAiClusterCompartment", status=400, count=1)
    with pytest.raises(errors.BadRequest):
        await maybe_await(cluster.save(schedule=FAST))
    assert cluster.model.description == "half saved"
    assert cluster.changes == {"compartment_id": OTHER}
    await maybe_await(cluster.save(schedule=FAST))
    assert cluster.model.compartment_id == OTHER and not cluster.is_modified


async def test_a_create_only_field_is_refused_on_a_saved_object(client: Any) -> None:
    """type_ cannot change after create: InvalidParameter at assignment, naming the field."""
    cluster = await saved_cluster(client, "fixed")
    with pytest.raises(errors.InvalidParameter, match="after create") as info:
        cluster.type_ = "FINE_TUNING"
    assert info.value.parameter == "type_"
    with pytest.raises(errors.InvalidParameter, match="ever"):
        cluster.lifecycle_state = "DELETED"
    with pytest.raises(AttributeError, match="no field 'colour'"):
        cluster.colour = "red"


async def test_clone_is_a_new_object_with_the_changes(client: Any, server: MockServer) -> None:
    """clone(**changes) copies the create fields, applies changes, has no id; save creates."""
    cluster = await saved_cluster(client, "original")
    before = len(server.control.requests())
    copy = cluster.clone(display_name="copy")
    assert sent(server, before) == [] and not copy.is_saved
    assert (copy.display_name, copy.unit_shape, copy.compartment_id) == (
        "copy",
        cluster.unit_shape,
        COMPARTMENT,
    )
    await maybe_await(copy.save(schedule=FAST))
    assert copy.id != cluster.id and cluster.display_name == "original"


async def test_delete_removes_it_and_ends_the_object(client: Any) -> None:
    """delete() waits until it is gone; is_deleted; saving or editing after it is refused."""
    cluster = await saved_cluster(client, "doomed")
    await maybe_await(cluster.delete(schedule=FAST))
    assert cluster.is_deleted
    try:  # the service shows a deleted cluster as DELETED for a while, then not at all
        fresh = await maybe_await(cluster_cls(client).get(client, cluster.id))
        assert fresh.lifecycle_state == "DELETED"
    except errors.NotFound:
        pass
    with pytest.raises(errors.ResourceStateError, match="deleted"):
        cluster.display_name = "ghost"
    with pytest.raises(errors.ResourceStateError, match="deleted"):
        await maybe_await(cluster.save(schedule=FAST))


async def test_refresh_reads_again_and_drops_edits(client: Any) -> None:
    """refresh() loads the server's state (a change made elsewhere) and drops unsaved edits."""
    cluster = await saved_cluster(client, "refreshed")
    other = await maybe_await(cluster_cls(client).get(client, cluster.id))
    other.description = "from elsewhere"
    await maybe_await(other.save(schedule=FAST))
    cluster.display_name = "unsaved edit"
    assert await maybe_await(cluster.refresh()) is cluster
    assert cluster.description == "from elsewhere" and cluster.display_name == "refreshed"
    assert not cluster.is_modified and cluster.etag == other.etag


async def test_refresh_of_an_unsaved_object_is_refused(client: Any) -> None:
    """refresh() before save() raises ResourceStateError, sending nothing."""
    with pytest.raises(errors.ResourceStateError, match="not saved"):
        await maybe_await(new_cluster(client, "never").refresh())


async def test_get_of_an_unknown_id_is_not_found(client: Any) -> None:
    """get(client, id) of an id the service does not know raises NotFound."""
    with pytest.raises(errors.NotFound):
        await maybe_await(cluster_cls(client).get(client, "ocid1.generativeaidedicatedaicluster.x"))


async def test_list_yields_resource_objects_lazily(client: Any) -> None:
    """list(client, **query) yields resource objects from the list's pages, with no etag."""
    made = {(await saved_cluster(client, f"listed-{i}")).id for i in range(3)}
    cls = cluster_cls(client)
    pager = cls.list(client, compartment_id=COMPARTMENT, limit=2)
    found = [c for c in await items(pager) if c.id in made]
    assert {c.id for c in found} == made
    assert all(isinstance(c, cls) and c.is_saved and c.etag is None for c in found)


async def test_list_pages_and_resume_token(client: Any) -> None:
    """.pages() yields pages of objects; resume_token continues where iteration stopped."""
    for i in range(3):
        await saved_cluster(client, f"paged-{i}")
    cls = cluster_cls(client)
    pages = await items(cls.list(client, compartment_id=COMPARTMENT, limit=2).pages(), 2)
    assert len(pages[0].items) == 2 and isinstance(pages[0].items[0], cls)
    pager = cls.list(client, compartment_id=COMPARTMENT, limit=2)
    first = await items(pager, 3)
    rest = await items(cls.list(client, compartment_id=COMPARTMENT, resume=pager.resume_token))
    everything = await items(cls.list(client, compartment_id=COMPARTMENT))
    assert [c.id for c in first + rest] == [c.id for c in everything]


async def test_a_listed_object_can_be_edited_and_saved(client: Any) -> None:
    """An object from a list page (no etag) saves its edits without if-match."""
    cluster = await saved_cluster(client, "from-list")
    every = await items(cluster_cls(client).list(client, compartment_id=COMPARTMENT))
    listed = next(c for c in every if c.id == cluster.id)
    listed.description = "edited from the list"
    await maybe_await(listed.save(schedule=FAST))
    await maybe_await(cluster.refresh())
    assert cluster.description == "edited from the list"


async def test_a_repeated_save_after_an_ambiguous_failure_creates_once(
    server: MockServer, mode: str
) -> None:
    """A create dropped after processing raises OutcomeUnknown; save() again replays the same
    retry token, so exactly one cluster exists."""
    server.control.inject("drop_after", "createDedicatedAiCluster", count=1)
    options: dict[str, Any] = {"management_url": server.management_url, "auth": signer()}
    options["retry"] = aiplane.RetryPolicy.none()
    name = f"once-{mode}"
    client: Any = aiplane.Client(**options) if mode == "sync" else aiplane.AsyncClient(**options)
    try:
        cluster = new_cluster(client, name)
        with pytest.raises(errors.OutcomeUnknown):
            await maybe_await(cluster.save(schedule=FAST))
        await maybe_await(cluster.save(schedule=FAST))
        named = await items(
            cluster_cls(client).list(client, compartment_id=COMPARTMENT, display_name=name)
        )
        assert [c.id for c in named] == [cluster.id]
    finally:
        await maybe_await(client.close() if mode == "sync" else client.aclose())


async def test_model_resources_list_and_get(client: Any) -> None:
    """ModelResource lists the service's base models and reads one by id."""
    cls = ModelResource if isinstance(client, aiplane.Client) else AsyncModelResource
    first = (await items(cls.list(client, compartment_id=COMPARTMENT), 1))[0]
    model = await maybe_await(cls.get(client, first.id))
    assert model.id == first.id and model.etag and model.capabilities


def test_endpoint_resource_declares_its_operations() -> None:
    """EndpointResource is built from the spec: its id, operations and field actions."""
    spec = EndpointResource.SPEC
    assert spec.id_field == "id" and set(spec.operations) == {
        "get",
        "list",
        "create",
        "update",
        "delete",
    }
    assert set(spec.actions) == {"compartment_id"}
    assert {"model_id", "dedicated_ai_cluster_id"} <= spec.create_required


# ---------------------------------------------------------------------------------- hooks
@pytest.fixture
def hooked(client: Any) -> Any:
    """A fresh subclass per test, so hooks never leak between tests."""
    return type("Hooked", (cluster_cls(client),), {})


async def test_a_before_hook_short_circuits(client: Any, server: MockServer, hooked: Any) -> None:
    """A before hook that returns a value replaces the call: nothing is sent."""
    cached = object()
    calls: list[HookCall] = []

    def before(call: HookCall) -> object:
        calls.append(call)
        return cached

    hooked.hooks.before("get", before)
    count = len(server.control.requests())
    assert await maybe_await(hooked.get(client, "ocid1.any")) is cached
    assert sent(server, count) == [] and calls[0].arguments == {"id": "ocid1.any"}


async def test_an_after_hook_sees_and_replaces_the_result(client: Any, hooked: Any) -> None:
    """An after hook sees the saved object and may replace the result."""
    seen: list[Outcome] = []

    def after(call: HookCall, outcome: Outcome) -> None:
        seen.append(Outcome(outcome.result, outcome.error))
        outcome.result = "replaced"

    hooked.hooks.after("save", after)
    cluster = hooked(client, compartment_id=COMPARTMENT, type_="HOSTING", unit_count=1)
    cluster.unit_shape = "LARGE_COHERE"
    assert await maybe_await(cluster.save(schedule=FAST)) == "replaced"
    assert seen[0].result is cluster and seen[0].error is None and cluster.is_saved


async def test_an_after_hook_sees_the_error_and_may_recover(client: Any, hooked: Any) -> None:
    """An after hook sees a failed call's error; clearing it returns its result instead."""

    def after(call: HookCall, outcome: Outcome) -> None:
        assert isinstance(outcome.error, errors.NotFound)
        outcome.error, outcome.result = None, "fallback"

    hooked.hooks.after("get", after)
    assert await maybe_await(hooked.get(client, "ocid1.generativeaidedicatedaicluster.x")) == (
        "fallback"
    )


async def test_an_error_left_by_after_hooks_is_raised(client: Any, hooked: Any) -> None:
    """An after hook that leaves the error in place lets it propagate, typed."""
    hooked.hooks.after("get", lambda call, outcome: None)
    with pytest.raises(errors.NotFound):
        await maybe_await(hooked.get(client, "ocid1.generativeaidedicatedaicluster.x"))


def test_hooks_of_a_subclass_do_not_reach_its_parent() -> None:
    """A hook added to a subclass is not run for the generated class or its siblings."""
    child: Any = type("Child", (ClusterResource,), {})
    child.hooks.before("delete", lambda call: None)
    assert "delete" in child.hooks.before_hooks
    assert "delete" not in ClusterResource.hooks.before_hooks
    assert "delete" not in EndpointResource.hooks.before_hooks


def test_a_hook_for_an_unknown_operation_is_refused() -> None:
    """Hooks take only the resource operations; a typo is a ValueError naming them."""
    child: Any = type("Child", (ClusterResource,), {})
    with pytest.raises(ValueError, match="'sav'"):
        child.hooks.before("sav", lambda call: None)


def test_an_async_hook_is_refused_when_registered() -> None:
    """Hooks are plain functions: a coroutine function is a TypeError at registration,
    not a hook that silently never runs."""
    child: Any = type("Child", (AsyncClusterResource,), {})

    async def after(call: HookCall, outcome: Outcome) -> None:
        return None

    with pytest.raises(TypeError, match="plain function"):
        child.hooks.after("save", after)


async def test_a_hook_returning_an_awaitable_is_refused(client: Any, hooked: Any) -> None:
    """A before hook that returns an awaitable raises TypeError instead of short-circuiting."""

    async def later() -> None:
        return None

    hooked.hooks.before("get", lambda call: later())
    with pytest.raises(TypeError, match="plain function"):
        await maybe_await(hooked.get(client, "ocid1.any"))


def test_an_unknown_constructor_keyword_is_a_type_error() -> None:
    """ClusterResource(client, dispaly_name=...) is a TypeError naming the keyword."""
    cls: Any = ClusterResource
    with pytest.raises(TypeError, match="'dispaly_name'"):
        cls(aiplane.Client.__new__(aiplane.Client), dispaly_name="x")


def test_repr_names_the_state_and_no_more() -> None:
    """An unsaved object's repr lists the fields given, not their values."""
    cls: Any = ClusterResource
    cluster = cls(aiplane.Client.__new__(aiplane.Client), compartment_id="c")
    assert repr(cluster) == "<ClusterResource (new) fields=['compartment_id']>"
