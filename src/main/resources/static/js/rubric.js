// The assignment form: shows the rubric's total as the teacher types the criteria's points
// (the server takes the same sum; without JavaScript the total is computed on saving).
(function () {
	var rubric = document.getElementById('rubric');
	var output = document.querySelector('#rubric-total output');
	if (!rubric || !output) {
		return;
	}
	function update() {
		var sum = 0;
		var inputs = rubric.querySelectorAll('input.criterion-max');
		for (var i = 0; i < inputs.length; i++) {
			var value = parseFloat(inputs[i].value.replace(',', '.'));
			if (!isNaN(value) && value > 0) {
				sum += value;
			}
		}
		output.value = String(Math.round(sum * 100) / 100);
		output.hidden = false;
	}
	rubric.addEventListener('input', update);
	update();
})();
