# A misspelt item, a value beyond the scale and a value given twice
sed -i 's/"item": "e510_24", "values": \[4, 5\]/"item": "e510_24x", "values": [4, 6, 4]/' project.json
