// Takes screenshots of every guided screen (issue 14), for people to look at (not a test):
// a citizen's answers are typed in on the way, at desktop and phone width in both languages.
// Usage: node guided-screenshots.js [outDir] — expects a build served on HP_E2E_PORT
// (default 4173), e.g. `python3 -m http.server 4173 --directory ../dist`.
const { chromium } = require('@playwright/test');
const path = require('path');

const PORT = Number(process.env.HP_E2E_PORT || 4173);
const out = process.argv[2] || path.join(__dirname, '..', 'screenshots');
const sizes = [['desktop', 1280, 900], ['mobile', 390, 844]];
const words = {
  da: {
    guided: 'Fortæl selv, et spørgsmål ad gangen', start: 'Start', next: 'Næste', stop: 'Gem og stop for nu',
    answer: 'Dit svar', goal: 'Dit mål', more: 'Skriv et mål mere',
    answers: ['Mine børn og min søster.', 'Et arbejde med mennesker.', 'Jeg er god til at lytte.',
      'Jeg sover dårligt og er bange for nye steder.', 'Min søster Anne henter børnene.'],
    goals: [['Jeg vil have et arbejde', 'Arbejde og skole'], ['Jeg vil betale min gæld', 'Penge og bolig']],
    faces: ['Svært', 'Meget svært'], today: ['Jeg har været ledig i fire år.', 'Jeg åbner ikke posten.'],
    help: 'Hjælp til at finde et arbejde.', before: 'Jeg vil gerne have min søster med.',
  },
  en: {
    guided: 'Tell it yourself, one question at a time', start: 'Start', next: 'Next', stop: 'Save and stop for now',
    answer: 'Your answer', goal: 'Your goal', more: 'Write one more goal',
    answers: ['My children and my sister.', 'A job with people.', 'I am good at listening.',
      'I sleep badly and fear new places.', 'My sister Anne picks up the children.'],
    goals: [['I want a job', 'Work and school'], ['I want to pay my debt', 'Money and home']],
    faces: ['Hard', 'Very hard'], today: ['I have been out of work for four years.', 'I do not open my post.'],
    help: 'Help to find a job.', before: 'I would like to bring my sister.',
  },
};

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  for (const [size, width, height] of sizes) {
    for (const lang of ['da', 'en']) {
      const w = words[lang];
      const page = await browser.newPage({ viewport: { width, height } });
      let n = 0;
      const shoot = async (name) => {
        await page.waitForTimeout(150);
        n += 1;
        const file = path.join(out, `guided-${size}-${lang}-${String(n).padStart(2, '0')}-${name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      };
      await page.goto(`http://127.0.0.1:${PORT}/index.html`);
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
      await shoot('start-choice');
      await page.getByRole('button', { name: w.guided }).click();
      await shoot('start');
      await page.getByRole('button', { name: w.start, exact: true }).click();
      const steps = ['matters-most', 'dreams', 'goes-well', 'hard', 'network'];
      for (const [i, step] of steps.entries()) {
        await page.getByLabel(w.answer).fill(w.answers[i]);
        await shoot(step);
        await page.getByRole('button', { name: w.next, exact: true }).click();
      }
      await page.getByLabel(w.goal).fill(w.goals[0][0]);
      await page.getByText(w.goals[0][1], { exact: true }).click();
      await page.getByRole('button', { name: w.more }).click();
      await page.getByLabel(w.goal).nth(1).fill(w.goals[1][0]);
      await page.getByRole('group', { name: lang === 'da' ? 'Mål 2' : 'Goal 2' }).getByText(w.goals[1][1], { exact: true }).click();
      await shoot('goals');
      await page.getByRole('button', { name: w.next, exact: true }).click();
      for (let i = 0; i < 2; i++) {
        await page.getByText(w.faces[i], { exact: true }).click();
        await page.getByLabel(w.answer).fill(w.today[i]);
        await shoot(`today-${i + 1}`);
        await page.getByRole('button', { name: w.next, exact: true }).click();
      }
      await page.getByLabel(w.answer).fill(w.help);
      await shoot('help-with');
      await page.getByRole('button', { name: w.next, exact: true }).click();
      await page.getByLabel(w.answer).fill(w.before);
      await shoot('before-we-meet');
      await page.getByRole('button', { name: w.stop }).click();
      await shoot('paused');
      await page.getByRole('button', { name: lang === 'da' ? 'Gå videre' : 'Go on' }).click();
      await page.getByRole('button', { name: w.next, exact: true }).click();
      await shoot('end');
      await page.emulateMedia({ media: 'print' });
      await shoot('end-print');
      await page.emulateMedia({ media: 'screen' });
      await page.getByRole('button', { name: lang === 'da' ? 'Se hele planen' : 'See the whole plan' }).click();
      await shoot('overview');
      await page.close();
    }
  }
  await browser.close();
})();
