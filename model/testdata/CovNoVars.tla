---- MODULE CovNoVars ----
CONSTANT a
Foo == a = a
\* No INIT and no NEXT: TLC has no action and prints no coverage report.
====
