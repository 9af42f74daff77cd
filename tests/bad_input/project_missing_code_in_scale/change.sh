sed -i "s/\"missing_codes\": \[9\]/\"missing_codes\": [9, 3]/" project.json
