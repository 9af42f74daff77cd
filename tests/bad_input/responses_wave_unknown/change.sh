mv responses/2020 responses/2022
