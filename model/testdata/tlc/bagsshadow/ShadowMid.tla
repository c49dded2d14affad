---- MODULE ShadowMid ----
\* Loads BagsHelper for the spec too, as the tlapm library's
\* SequenceTheorems loads TLAPS, without exporting its names.
LOCAL INSTANCE BagsHelper
MidOne == 1
====
