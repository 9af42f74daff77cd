head -c 200 project.json > p && mv p project.json
