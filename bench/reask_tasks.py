"""The extraction tasks of ``bench/reask.py``: 40 passages in four tiers, each with a Pydantic
model to fill and, for the easy tier, the values a correct answer holds.

This module imports only Pydantic, so guard's venv and the peers' venv (Instructor, Guardrails
AI) load the very same tasks. Every passage and model here was written for this benchmark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, Field, WithJsonSchema

_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


def _email(value: str) -> str:
    if not _EMAIL.match(value):
        raise ValueError("value is not a valid email address")
    return value


def _date(value: str) -> str:
    if not _DATE.match(value):
        raise ValueError("value is not a date in YYYY-MM-DD form")
    return value


#: An email address: checked by every system the same way, and declared as ``format: email``.
Email = Annotated[str, AfterValidator(_email), WithJsonSchema({"type": "string", "format": "email"})]
#: A calendar date, ``YYYY-MM-DD``, declared as ``format: date``.
Date = Annotated[str, AfterValidator(_date), WithJsonSchema({"type": "string", "format": "date"})]


# -- tier 1: flat strings ----------------------------------------------------------------------


class Person(BaseModel):
    name: str
    city: str


class Book(BaseModel):
    title: str
    author: str


class Company(BaseModel):
    company: str
    country: str
    product: str


class Pet(BaseModel):
    pet_name: str
    species: str


class Trip(BaseModel):
    origin: str
    destination: str


# -- tier 2: enums, ranges, an email --------------------------------------------------------------


class Ticket(BaseModel):
    title: str
    priority: Literal["low", "medium", "high"]
    severity: int = Field(ge=1, le=5)


class Contact(BaseModel):
    name: str
    email: Email
    role: Literal["customer", "supplier", "partner"]


class Review(BaseModel):
    product: str
    rating: int = Field(ge=1, le=5)
    sentiment: Literal["positive", "neutral", "negative"]


class Listing(BaseModel):
    city: str
    bedrooms: int = Field(ge=0, le=20)
    price_eur: int = Field(ge=0)
    kind: Literal["flat", "house"]


class Signup(BaseModel):
    username: str = Field(min_length=3, max_length=20)
    email: Email
    age: int = Field(ge=13, le=120)


# -- tier 3: a nested object and a list ------------------------------------------------------------


class Customer(BaseModel):
    name: str
    email: Email


class Item(BaseModel):
    name: str
    quantity: int = Field(ge=1)


class Order(BaseModel):
    customer: Customer
    items: list[Item] = Field(min_length=1)


class Address(BaseModel):
    street: str
    city: str
    postcode: str


class Shipment(BaseModel):
    recipient: str
    address: Address
    fragile: bool


class Recipe(BaseModel):
    dish: str
    ingredients: list[str] = Field(min_length=2)
    minutes: int = Field(ge=1, le=600)


# -- tier 4: six or more fields, optional ones, a date ----------------------------------------------


class Event(BaseModel):
    name: str
    date: Date
    city: str
    venue: str | None = None
    capacity: int = Field(ge=1)
    free: bool
    organiser_email: Email | None = None


class Employee(BaseModel):
    full_name: str
    department: Literal["engineering", "sales", "finance", "support", "marketing"]
    start_date: Date
    salary_eur: int = Field(ge=0)
    manager: str | None = None
    remote: bool
    email: Email


class Incident(BaseModel):
    service: str
    started: Date
    severity: Literal["minor", "major", "critical"]
    customers_affected: int = Field(ge=0)
    resolved: bool
    root_cause: str | None = None


@dataclass(frozen=True)
class Task:
    """One extraction: a passage, the model to fill, and (easy tier) expected values."""

    id: str
    tier: int
    model: type[BaseModel]
    passage: str
    expected: dict[str, Any] = field(default_factory=dict)

    def messages(self) -> list[dict[str, str]]:
        """What every system sends first: the same two messages."""
        keys = ", ".join(self.model.model_fields)
        return [
            {
                "role": "system",
                "content": f"Extract the facts from the user's text as a JSON object with the keys: {keys}.",
            },
            {"role": "user", "content": self.passage},
        ]


TIERS = {1: "flat strings", 2: "enums, ranges, email", 3: "nested + list", 4: "6+ fields, optional, date"}

TASKS: tuple[Task, ...] = (
    # tier 1
    Task(
        "t1-01",
        1,
        Person,
        "Maria Lopez moved to Valencia last spring.",
        {"name": "Maria Lopez", "city": "Valencia"},
    ),
    Task(
        "t1-02",
        1,
        Person,
        "After the war, Tomas Novak settled in Brno and opened a bakery.",
        {"name": "Tomas Novak", "city": "Brno"},
    ),
    Task(
        "t1-03",
        1,
        Book,
        "'The Quiet Harbour' is a novel written by Ellen Marsh.",
        {"title": "The Quiet Harbour", "author": "Ellen Marsh"},
    ),
    Task(
        "t1-04",
        1,
        Book,
        "Peter Hale wrote 'Salt and Iron', his first book, in 2011.",
        {"title": "Salt and Iron", "author": "Peter Hale"},
    ),
    Task(
        "t1-05",
        1,
        Company,
        "Nordlicht is a company in Norway that makes solar lamps.",
        {"company": "Nordlicht", "country": "Norway", "product": "solar lamps"},
    ),
    Task(
        "t1-06",
        1,
        Company,
        "The Kenyan firm Mavuno sells drip irrigation kits to farmers.",
        {"company": "Mavuno", "country": "Kenya", "product": "drip irrigation kits"},
    ),
    Task(
        "t1-07",
        1,
        Pet,
        "Our cat Biscuit sleeps on the windowsill all day.",
        {"pet_name": "Biscuit", "species": "cat"},
    ),
    Task(
        "t1-08",
        1,
        Pet,
        "Every morning I walk Rex, my dog, along the river.",
        {"pet_name": "Rex", "species": "dog"},
    ),
    Task(
        "t1-09",
        1,
        Trip,
        "We flew from Lisbon to Oslo on Friday.",
        {"origin": "Lisbon", "destination": "Oslo"},
    ),
    Task(
        "t1-10",
        1,
        Trip,
        "The night train leaves Vienna and arrives in Venice at dawn.",
        {"origin": "Vienna", "destination": "Venice"},
    ),
    # tier 2
    Task(
        "t2-01",
        2,
        Ticket,
        "The checkout page crashes for every user since this morning. This is urgent, severity 5 of 5.",
    ),
    Task("t2-02", 2, Ticket, "Small typo on the About page, no rush at all. I'd call it severity 1."),
    Task(
        "t2-03",
        2,
        Contact,
        "Please add Jonas Berg, one of our suppliers, reachable at jonas.berg@fjordtimber.no.",
    ),
    Task("t2-04", 2, Contact, "Our new partner contact is Aiko Tanaka (email: aiko@sakura-labs.jp)."),
    Task("t2-05", 2, Review, "The Kettle Pro 2 boils fast and looks great. Five stars from me!"),
    Task("t2-06", 2, Review, "The SoundBar X stopped working after a week. One star, very disappointed."),
    Task("t2-07", 2, Listing, "Bright flat in Porto with 2 bedrooms, asking 240000 euros."),
    Task("t2-08", 2, Listing, "Family house in Ghent: 4 bedrooms, large garden, for 415000 EUR."),
    Task("t2-09", 2, Signup, "New account: username river_fox, email river.fox@mailbox.org, age 34."),
    Task("t2-10", 2, Signup, "I'm Sam, 19 years old; sign me up as samwise19 with sam19@hobbitmail.com."),
    # tier 3
    Task("t3-01", 3, Order, "Order from Lena Fischer (lena.fischer@web.de): 2 notebooks and 1 fountain pen."),
    Task("t3-02", 3, Order, "Raj Patel, raj@patel.in, ordered 3 mugs, 1 teapot and 6 coasters."),
    Task(
        "t3-03", 3, Order, "Please ship 1 laptop stand to Chloe Martin; her email is chloe.martin@laposte.fr."
    ),
    Task(
        "t3-04",
        3,
        Shipment,
        "Send the vase to Omar Haddad, 12 Cedar Street, Beirut, postcode 1107. Handle with care, it breaks easily.",
    ),
    Task(
        "t3-05",
        3,
        Shipment,
        "Deliver the books to Ingrid Olsen at 4 Storgata, Tromso 9008. Nothing fragile inside.",
    ),
    Task("t3-06", 3, Shipment, "Parcel with glasses for Luca Bianchi, Via Roma 8, Turin 10121 - fragile!"),
    Task(
        "t3-07",
        3,
        Recipe,
        "Pancakes: mix flour, eggs, milk and a pinch of salt; cook for 20 minutes in total.",
    ),
    Task("t3-08", 3, Recipe, "Guacamole takes 10 minutes: mash avocados with lime, onion and coriander."),
    Task(
        "t3-09",
        3,
        Recipe,
        "A slow beef stew needs beef, carrots, potatoes and red wine, and 180 minutes on the stove.",
    ),
    Task("t3-10", 3, Order, "Customer Ana Costa (ana.costa@sapo.pt) wants 4 candles and 2 vases."),
    # tier 4
    Task(
        "t4-01",
        4,
        Event,
        "The Harbour Jazz Night is on 2025-07-12 in Hamburg at the Elbe Hall, 800 seats, free entry. Questions: jazz@elbehall.de.",
    ),
    Task("t4-02", 4, Event, "Data Summit, Lyon, 14 March 2026, tickets required, room for 300 people."),
    Task(
        "t4-03",
        4,
        Event,
        "Free open-air cinema in Krakow on 2025-08-02 for up to 500 guests; organised by cinema@krakowfilm.pl.",
    ),
    Task(
        "t4-04",
        4,
        Employee,
        "Priya Shah joins engineering on 2025-02-03, salary 68000 EUR, fully remote, reporting to Mark Olsen. Email priya.shah@acme.io.",
    ),
    Task(
        "t4-05",
        4,
        Employee,
        "Welcome Diego Ruiz to sales! He starts on 2025-09-15 at the Madrid office (not remote), 52000 EUR a year, email diego.ruiz@acme.io.",
    ),
    Task(
        "t4-06",
        4,
        Employee,
        "Hanna Lind (hanna.lind@acme.io) starts in finance on 2026-01-05, 61000 euros, remote, manager Eva Berg.",
    ),
    Task(
        "t4-07",
        4,
        Incident,
        "On 2025-05-20 the payments service had a critical outage affecting 12000 customers. Resolved; root cause was an expired certificate.",
    ),
    Task(
        "t4-08",
        4,
        Incident,
        "Minor incident in the search service started 2025-06-01; about 40 customers saw slow results. Still open.",
    ),
    Task(
        "t4-09",
        4,
        Incident,
        "Major incident: login service down since 2025-10-11, 3500 customers affected, not yet resolved, cause unknown.",
    ),
    Task(
        "t4-10",
        4,
        Event,
        "Book fair in Edinburgh at the Assembly Rooms on 2025-11-22; 1200 visitors expected, free.",
    ),
)
