---- MODULE StrSel ----
\* No standard module: SANY's first reference to a name interns ">>", "<<"
\* and ":" (see TestStringOrderSelector).
VARIABLE x
S == {"zz", "<<"}
Init == x = S \cup {":", ">>", "yy"}
Next == UNCHANGED x
Inv == x = {}
====
