sed -i "s/{\"id\": \"2020\", \"label\": \"T3 2020\"}/{\"id\": \"..\/2020\", \"label\": \"T3 2020\"}/" project.json
