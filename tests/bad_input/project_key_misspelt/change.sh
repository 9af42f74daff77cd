sed -i "s/\"reference_wave\"/\"referance_wave\"/" project.json
