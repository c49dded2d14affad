---- MODULE EndBlank ----
x == 1


