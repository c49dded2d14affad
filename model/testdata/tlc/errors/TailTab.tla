a	b
	