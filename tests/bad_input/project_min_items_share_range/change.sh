sed -i "s/\"min_items_share\": 0.5/\"min_items_share\": 1.5/" project.json
