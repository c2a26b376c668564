"""Every way in: the FastAPI application (one router per resource) and the `stancegraph` command line."""
