"""Validates an iCalendar file read from stdin with two independent implementations:
Python vobject (validate()) and libical (icalrestriction check through GObject
introspection). Prints one JSON object: {"vobject": [...errors], "libical": [...errors]}.
Run with Debian's /usr/bin/python3 (packages python3-vobject, gir1.2-ical-3.0, python3-gi)."""
import json
import sys

import gi

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib  # noqa: E402
import vobject  # noqa: E402

text = sys.stdin.read()
result = {"vobject": [], "libical": []}

try:
    calendar = vobject.readOne(text, validate=True)
    calendar.validate(raiseException=True, complainUnrecognized=True)
    for event in getattr(calendar, "vevent_list", []):
        event.validate(raiseException=True)
        for alarm in getattr(event, "valarm_list", []):
            alarm.validate(raiseException=True)
except Exception as error:  # vobject raises ValidateError, ParseError, ...
    result["vobject"].append(f"{type(error).__name__}: {error}")

component = ICalGLib.Component.new_from_string(text)
if component is None:
    result["libical"].append("libical could not parse the file")
else:
    ICalGLib.restriction_check(component)

    def collect(comp):
        prop = comp.get_first_property(ICalGLib.PropertyKind.XLICERROR_PROPERTY)
        while prop is not None:
            result["libical"].append(f"{comp.kind_to_string(comp.isa())}: {prop.get_xlicerror()}")
            prop = comp.get_next_property(ICalGLib.PropertyKind.XLICERROR_PROPERTY)
        child = comp.get_first_component(ICalGLib.ComponentKind.ANY_COMPONENT)
        while child is not None:
            collect(child)
            child = comp.get_next_component(ICalGLib.ComponentKind.ANY_COMPONENT)

    collect(component)

print(json.dumps(result))
