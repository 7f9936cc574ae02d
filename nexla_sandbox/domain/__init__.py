"""The sandbox's domain: what Nexla does with resources, as functions over the state.

Creating, rendering and discovering resources, flow trees and their runs, run logs and
metrics, access rules and the audit trail. Nothing here knows about HTTP: a change is
made by an `Actor` (a request's context, or the demo seeding's), and a failure Nexla
answers with an error is an `ApiError`. The handlers adapt requests to these functions;
seeding calls them directly.
"""
