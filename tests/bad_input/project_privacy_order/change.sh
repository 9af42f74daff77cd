sed -i "s/\"min_n_public\": 10/\"min_n_public\": 3/" project.json
