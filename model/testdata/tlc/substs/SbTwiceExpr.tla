---- MODULE SbTwiceExpr ----
EXTENDS Naturals
VARIABLE x
I == INSTANCE SbM WITH K <- 1, K <- (2 +  3), x <- x, y <- Foo
Init == x = 0
Next == UNCHANGED x
====
