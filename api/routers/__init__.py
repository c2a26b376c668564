"""One router per resource; api/app.py includes every module here that defines `router`."""
