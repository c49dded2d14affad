---- MODULE PrRepl8 ----
\* Z declared in an extended module: Over evaluated for Z once per module whose constants hold Z.
EXTENDS PrReplBase, TLC
Over == PrintT("mc")
====
