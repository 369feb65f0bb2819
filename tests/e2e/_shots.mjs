import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
const dataDir = mkdtempSync(join(tmpdir(), 'shots-'));
const proc = spawn('/work/main/build/refuge', ['serve','--port','0','--data-dir',dataDir,'--log-level','warn'], {cwd:'/work/main'});
const base = await new Promise((res)=>{let o='';const on=c=>{o+=c;const m=o.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);if(m)res(m[1]);};proc.stdout.on('data',on);proc.stderr.on('data',on);});
const browser = await chromium.launch({executablePath:'/usr/bin/chromium',args:['--no-sandbox']});
const ctx = await browser.newContext({viewport:{width:Number(process.env.W||390),height:800}, colorScheme: process.env.DARK?'dark':'light'});
const page = await ctx.newPage();
await page.goto(base+'/signup');
await page.fill('#username','sam'); await page.fill('#password','correct horse battery staple 9'); await page.fill('#password_confirm','correct horse battery staple 9');
await page.click('form[action="/signup"] button[type="submit"]'); await page.waitForSelector('#recovery-code');
await page.click('text=I have saved it');
const pages = (process.env.PAGES||'/,/journal,/journal/new,/thoughts,/assessments,/practices,/support,/safety-plan,/progress,/kit,/account').split(',');
for (const p of pages) { await page.goto(base+p); await page.screenshot({path:`/tmp/shots/${(p.replace(/\//g,'_')||'root')}${process.env.DARK?'-dark':''}-${process.env.W||390}.png`, fullPage:true}); }
await browser.close(); proc.kill();
