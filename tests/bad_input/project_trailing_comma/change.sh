sed -i 's/^\(  "comparisons": \[.*\]\)$/\1,/' project.json
