sed -i "s/\"min_cell\": 3/\"min_cell\": \"3\"/" project.json
