---- MODULE LabelsAdded ----
\* A uniprocess algorithm without labels, with a translation: TLC prints "Labels added."
EXTENDS Naturals, TLC
(* --algorithm LabelsAdded
variables x = 0;
begin
  x := x + 1;
  x := x + 1;
end algorithm; *)
\* BEGIN TRANSLATION
VARIABLES x, pc
vars == << x, pc >>
Init == /\ x = 0
        /\ pc = "Lbl_1"
Lbl_1 == /\ pc = "Lbl_1"
         /\ x' = x + 1
         /\ pc' = "Lbl_2"
Lbl_2 == /\ pc = "Lbl_2"
         /\ x' = x + 1
         /\ pc' = "Done"
Terminating == pc = "Done" /\ UNCHANGED vars
Next == Lbl_1 \/ Lbl_2 \/ Terminating
Spec == Init /\ [][Next]_vars
\* END TRANSLATION
====
