sed -i "s/\"reference_wave\": \"2016\"/\"reference_wave\": \"2015\"/" project.json
