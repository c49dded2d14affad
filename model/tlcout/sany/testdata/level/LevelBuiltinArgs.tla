---- MODULE LevelBuiltinArgs ----
VARIABLE x
Init == x = 0
Next == x' = 1
P == x = 1
G1 == {b \in BOOLEAN : []P}
G2 == <<[]P, 1>>
G3 == SUBSET {[]P}
G4 == CHOOSE b \in BOOLEAN : []P
G5 == {[]P : b \in BOOLEAN}
G6 == {TRUE, []P}
G7 == CHOOSE b : b = []P
G8 == [BOOLEAN -> {[]P}]
G9 == UNION {{TRUE}, {<>P}}
====
